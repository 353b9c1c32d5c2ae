import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerColumns } from './customer-columns.ts';
import type { CustomerCells } from './customer-row.ts';
import { validateCustomerRow } from './validate-customer-row.ts';

const person: CustomerCells = {
  party_reference: 'C-1',
  party_kind: 'person',
  given_name: 'Marie',
  family_name: 'Curie',
  email: 'marie@example.org',
  account_number: 'A-1',
  opened_on: '2025-01-31',
};
const withServicePoint: CustomerCells = {
  ...person,
  premise_reference: 'P-1',
  address_line1: '1 rue Cuvier',
  city: 'Paris',
  country: 'FR',
  service_kind: 'water',
};
const withMeter: CustomerCells = {
  ...withServicePoint,
  meter_serial: 'SN-1',
  meter_kind: 'water_cold',
  meter_unit: 'm3',
  meter_digits: '5',
  installed_on: '2025-01-31',
  install_reading: '12.345',
};

const errorsOf = (cells: CustomerCells) => {
  const check = validateCustomerRow(cells);
  return check.ok ? [] : check.errors;
};

describe('validateCustomerRow', () => {
  it('reads a person with an account, a service point and a meter', () => {
    const check = validateCustomerRow(withMeter);
    expect(check).toMatchObject({
      ok: true,
      row: {
        party: { reference: 'C-1', kind: 'person', givenName: 'Marie', organisationName: null },
        account: { accountNumber: 'A-1', currency: null, openedOn: '2025-01-31' },
        servicePoint: { premiseReference: 'P-1', serviceKind: 'water', parentPremiseReference: null },
        meter: { serial: 'SN-1', digits: 5, multiplier: '1', installReading: '12.345' },
      },
    });
  });

  it('reads an account with no service point', () => {
    expect(validateCustomerRow(person)).toMatchObject({ ok: true, row: { servicePoint: null, meter: null } });
  });

  it('names each missing required value', () => {
    expect(errorsOf({})).toEqual(
      expect.arrayContaining([
        { code: 'missing_value', column: 'party_reference' },
        { code: 'missing_value', column: 'party_kind' },
        { code: 'missing_value', column: 'account_number' },
        { code: 'missing_value', column: 'opened_on' },
      ]),
    );
  });

  it('refuses a person with an organisation name, and an organisation with a given name', () => {
    expect(errorsOf({ ...person, organisation_name: 'ACME' })).toEqual([
      { code: 'names_do_not_match_kind', column: 'organisation_name' },
    ]);
    expect(errorsOf({ ...person, party_kind: 'organisation', organisation_name: 'ACME' })).toEqual([
      { code: 'names_do_not_match_kind', column: 'given_name' },
      { code: 'names_do_not_match_kind', column: 'family_name' },
    ]);
  });

  it('refuses a day that is not on the calendar', () => {
    expect(errorsOf({ ...person, opened_on: '2025-02-29' })).toEqual([{ code: 'invalid_date', column: 'opened_on' }]);
    expect(errorsOf({ ...person, opened_on: '2024-02-29' })).toEqual([]);
    expect(errorsOf({ ...person, opened_on: '31/01/2025' })).toEqual([{ code: 'invalid_date', column: 'opened_on' }]);
  });

  it('refuses a bad e-mail, phone, locale, currency and country', () => {
    expect(
      errorsOf({
        ...withServicePoint,
        email: 'no-at-sign',
        phone: 'call me',
        locale: 'not a tag!',
        currency: 'XYZ',
        country: 'France',
      }),
    ).toEqual([
      { code: 'invalid_locale', column: 'locale' },
      { code: 'invalid_currency', column: 'currency' },
      { code: 'invalid_email', column: 'email' },
      { code: 'invalid_phone', column: 'phone' },
      { code: 'invalid_country', column: 'country' },
    ]);
  });

  it('asks for a premise before a meter or service point columns', () => {
    expect(errorsOf({ ...person, city: 'Paris' })).toEqual([{ code: 'premise_needed', column: 'premise_reference' }]);
    expect(errorsOf({ ...withMeter, premise_reference: '' })).toContainEqual({
      code: 'premise_needed',
      column: 'premise_reference',
    });
  });

  it('refuses a premise that is its own building', () => {
    expect(errorsOf({ ...withServicePoint, parent_premise_reference: 'P-1' })).toEqual([
      { code: 'premise_cannot_contain_itself', column: 'parent_premise_reference' },
    ]);
  });

  it('refuses meter figures that are not exact non-negative decimals', () => {
    expect(errorsOf({ ...withMeter, install_reading: '-1', meter_digits: '13', meter_multiplier: '0' })).toEqual([
      { code: 'invalid_number', column: 'meter_digits' },
      { code: 'invalid_number', column: 'meter_multiplier' },
      { code: 'invalid_number', column: 'install_reading' },
    ]);
  });

  it('refuses a meter that cannot measure the service, as the API refuses its installation', () => {
    expect(errorsOf({ ...withMeter, meter_kind: 'gas' })).toEqual([{ code: 'meter_kind_unfit', column: 'meter_kind' }]);
    expect(errorsOf({ ...withMeter, service_kind: 'hot_water', meter_kind: 'water_hot' })).toEqual([]);
  });

  it('refuses an install reading the register cannot show', () => {
    expect(errorsOf({ ...withMeter, install_reading: '123456789' })).toEqual([
      { code: 'reading_exceeds_register', column: 'install_reading' },
    ]);
    expect(errorsOf({ ...withMeter, install_reading: '99999.999999' })).toEqual([]);
  });

  it('holds figures and keys to the patterns of the API fields', () => {
    expect(
      errorsOf({
        ...withMeter,
        party_reference: '-C1',
        premise_reference: 'P#1',
        meter_serial: '/SN',
        meter_multiplier: '1234567890',
        install_reading: '1.1234567',
        email: 'marie@localhost',
      }),
    ).toEqual([
      { code: 'invalid_reference', column: 'party_reference' },
      { code: 'invalid_email', column: 'email' },
      { code: 'invalid_reference', column: 'premise_reference' },
      { code: 'invalid_reference', column: 'meter_serial' },
      { code: 'invalid_number', column: 'meter_multiplier' },
      { code: 'invalid_number', column: 'install_reading' },
    ]);
    expect(errorsOf({ ...withMeter, party_reference: 'Лс 0042/7', meter_serial: 'Zenner_12.3' })).toEqual([]);
  });

  it('refuses a NUL character, which the database cannot store', () => {
    expect(errorsOf({ ...person, given_name: 'Ma\u0000rie' })).toEqual([
      { code: 'nul_character', column: 'given_name' },
    ]);
  });

  it('accepts names in any script, trimmed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }), (name) => {
        fc.pre(name.trim() !== '' && !name.includes('\u0000'));
        const check = validateCustomerRow({ ...person, family_name: name });
        expect(check.ok && check.row.party.familyName).toBe(name.trim());
      }),
    );
  });

  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...customerColumns), fc.string()), (cells) => {
        const check = validateCustomerRow(cells);
        if (!check.ok) expect(check.errors.length).toBeGreaterThan(0);
      }),
    );
  });
});
