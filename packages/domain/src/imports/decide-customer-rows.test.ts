import { describe, expect, it } from 'vitest';
import { parseAccountNumberPattern } from '../customers/accounts/account-number-pattern.ts';
import type { CustomerRow } from './customer-row.ts';
import {
  decideCustomerRows,
  type ImportingTenant,
  type StoredCustomers,
  servicePointKey,
} from './decide-customer-rows.ts';

// A batch of valid rows meets the rules a clerk meets in the API, against what is stored and
// against the rows accepted before it in the same batch.

const row: CustomerRow = {
  party: {
    reference: 'C-1',
    kind: 'person',
    givenName: 'Marie',
    middleName: null,
    familyName: 'Curie',
    organisationName: null,
    registrationNumber: null,
    email: null,
    phone: null,
    locale: null,
  },
  account: { accountNumber: 'A-1', branch: null, currency: null, openedOn: '2025-03-01' },
  servicePoint: {
    premiseReference: 'P-1',
    addressLine1: '1 rue Cuvier',
    addressLine2: null,
    city: 'Paris',
    postalCode: null,
    country: 'FR',
    parentPremiseReference: null,
    serviceKind: 'water',
  },
  meter: {
    serial: 'SN-1',
    kind: 'water_cold',
    unit: 'm3',
    digits: 5,
    multiplier: '1',
    installedOn: '2025-03-01',
    installReading: '12',
  },
};
const waterAtP1 = servicePointKey('P-1', 'water');
const nothingStored: StoredCustomers = {
  parties: new Map(),
  accounts: new Map(),
  buildings: new Map(),
  agreements: new Map(),
  meters: new Map(),
  installations: [],
};
const tenant: ImportingTenant = { currency: 'EUR', accountNumberPattern: null };
const codesOf = (stored: Partial<StoredCustomers>, rows: CustomerRow[], rules: ImportingTenant = tenant) =>
  decideCustomerRows(
    { ...nothingStored, ...stored },
    rows.map((one, index) => ({ line: index + 2, row: one })),
    rules,
  ).rejected.map(({ line, errors }) => ({ line, codes: errors.map((error) => error.code) }));

describe('decideCustomerRows', () => {
  it('moves the account in and installs the meter when nothing is stored', () => {
    const decision = decideCustomerRows(nothingStored, [{ line: 2, row }], tenant);
    expect(decision).toEqual({
      accepted: [{ line: 2, row, startsAgreement: true, installsMeter: true }],
      rejected: [],
    });
  });

  it('writes nothing new for a row that says what is stored', () => {
    const decision = decideCustomerRows(
      {
        ...nothingStored,
        parties: new Map([['C-1', { kind: 'person' }]]),
        accounts: new Map([
          ['A-1', { partyReference: 'C-1', currency: 'EUR', openedOn: '2025-03-01', isClosed: false }],
        ]),
        buildings: new Map([['P-1', null]]),
        agreements: new Map([[waterAtP1, [{ id: 'g1', accountId: 'A-1', startOn: '2025-03-01', endOn: null }]]]),
        meters: new Map([['SN-1', { kind: 'water_cold', digits: 5, isRetired: false, largestReading: null }]]),
        installations: [
          {
            id: 'i1',
            meterId: 'SN-1',
            servicePointId: waterAtP1,
            register: 'water_cold',
            installedOn: '2025-03-01',
            removedOn: null,
          },
        ],
      },
      [{ line: 2, row }],
      tenant,
    );
    expect(decision.accepted).toEqual([{ line: 2, row, startsAgreement: false, installsMeter: false }]);
  });

  it('refuses a move-in on days an ended agreement covers, as the API does', () => {
    const ended = { id: 'g1', accountId: 'A-0', startOn: '2024-01-01', endOn: '2025-06-30' };
    expect(codesOf({ agreements: new Map([[waterAtP1, [ended]]]) }, [row])).toEqual([
      { line: 2, codes: ['agreement_overlaps'] },
    ]);
    const endedBefore = { ...ended, endOn: '2025-02-28' };
    expect(codesOf({ agreements: new Map([[waterAtP1, [endedBefore]]]) }, [row])).toEqual([]);
  });

  it('refuses a move-in on a closed account', () => {
    const closed = { partyReference: 'C-1', currency: 'EUR', openedOn: '2025-03-01', isClosed: true };
    expect(codesOf({ accounts: new Map([['A-1', closed]]) }, [row])).toEqual([{ line: 2, codes: ['account_closed'] }]);
  });

  it('refuses a new account number outside the tenant pattern, and takes a stored one as it is', () => {
    const pattern = parseAccountNumberPattern('RW-{seq:6}');
    if (!pattern.ok) throw new Error(pattern.code);
    const rules = { currency: 'EUR', accountNumberPattern: pattern.value };
    expect(codesOf({}, [row], rules)).toEqual([{ line: 2, codes: ['account_number_pattern_mismatch'] }]);
    expect(codesOf({}, [{ ...row, account: { ...row.account, accountNumber: 'RW-000042' } }], rules)).toEqual([]);
    const stored = { partyReference: 'C-1', currency: 'EUR', openedOn: '2025-03-01', isClosed: false };
    expect(codesOf({ accounts: new Map([['A-1', stored]]) }, [row], rules)).toEqual([]);
  });

  it('refuses a second meter in the register an earlier row of the batch has just filled', () => {
    const secondMeter = { ...row, meter: row.meter && { ...row.meter, serial: 'SN-2' } };
    expect(codesOf({}, [row, secondMeter])).toEqual([{ line: 3, codes: ['register_already_metered'] }]);
    const hotMeter = { ...row, meter: row.meter && { ...row.meter, serial: 'SN-2', kind: 'water_hot' } };
    expect(codesOf({}, [row, hotMeter])).toEqual([]);
  });

  it('refuses a meter that hangs elsewhere, a retired one, and one whose history reaches past the day', () => {
    const elsewhere = {
      id: 'i1',
      meterId: 'SN-1',
      servicePointId: servicePointKey('P-9', 'water'),
      register: 'water_cold',
      installedOn: '2024-01-01',
      removedOn: null,
    };
    expect(codesOf({ installations: [elsewhere] }, [row])).toEqual([{ line: 2, codes: ['meter_installed_elsewhere'] }]);
    const removedLater = { ...elsewhere, removedOn: '2025-04-01' };
    expect(codesOf({ installations: [removedLater] }, [row])).toEqual([
      { line: 2, codes: ['meter_already_installed'] },
    ]);
    const retired = { kind: 'water_cold', digits: 5, isRetired: true, largestReading: null };
    expect(codesOf({ meters: new Map([['SN-1', retired]]) }, [row])).toEqual([{ line: 2, codes: ['meter_retired'] }]);
  });

  it('refuses a change of kind of a meter that hangs, and fewer digits than its readings need', () => {
    const here = {
      id: 'i1',
      meterId: 'SN-1',
      servicePointId: waterAtP1,
      register: 'water_hot',
      installedOn: '2025-03-01',
      removedOn: null,
    };
    const hot = { kind: 'water_hot', digits: 5, isRetired: false, largestReading: null };
    expect(codesOf({ meters: new Map([['SN-1', hot]]), installations: [here] }, [row])).toEqual([
      { line: 2, codes: ['meter_still_installed'] },
    ]);
    const wide = { kind: 'water_cold', digits: 8, isRetired: false, largestReading: '1234567' };
    expect(codesOf({ meters: new Map([['SN-1', wide]]) }, [row])).toEqual([
      { line: 2, codes: ['reading_exceeds_register'] },
    ]);
  });

  it('refuses a unit whose building was refused in the same batch', () => {
    const building = { ...row, meter: null, servicePoint: row.servicePoint && { ...row.servicePoint } };
    const unit = {
      ...row,
      account: { ...row.account, accountNumber: 'A-2' },
      servicePoint: row.servicePoint && {
        ...row.servicePoint,
        premiseReference: 'P-2',
        parentPremiseReference: 'P-1',
      },
      meter: null,
    };
    const closed = { partyReference: 'C-1', currency: 'EUR', openedOn: '2025-03-01', isClosed: true };
    expect(codesOf({ accounts: new Map([['A-1', closed]]) }, [building, unit])).toEqual([
      { line: 2, codes: ['account_closed'] },
      { line: 3, codes: ['parent_premise_not_found'] },
    ]);
    expect(codesOf({}, [building, unit])).toEqual([]);
  });

  it('refuses a party of the other kind and an account of another party', () => {
    expect(
      codesOf(
        {
          parties: new Map([['C-1', { kind: 'organisation' }]]),
          accounts: new Map([
            ['A-1', { partyReference: 'C-9', currency: 'EUR', openedOn: '2025-03-01', isClosed: false }],
          ]),
        },
        [{ ...row, servicePoint: null, meter: null }],
      ),
    ).toEqual([{ line: 2, codes: ['party_kind_differs', 'account_of_other_party'] }]);
  });
});
