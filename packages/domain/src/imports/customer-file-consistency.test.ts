import { describe, expect, it } from 'vitest';
import { customerFileConsistency } from './customer-file-consistency.ts';
import type { CustomerRow } from './customer-row.ts';

const servicePoint = {
  premiseReference: 'P-1',
  addressLine1: 'ул. Ленина, 1',
  addressLine2: null,
  city: 'Москва',
  postalCode: null,
  country: 'RU',
  parentPremiseReference: null,
  serviceKind: 'water',
};

const row: CustomerRow = {
  party: {
    reference: 'C-1',
    kind: 'person',
    givenName: 'Ivan',
    middleName: null,
    familyName: 'Petrov',
    organisationName: null,
    registrationNumber: null,
    email: null,
    phone: null,
    locale: 'ru',
  },
  account: { accountNumber: 'A-1', branch: null, currency: 'RUB', openedOn: '2025-01-01' },
  servicePoint,
  meter: null,
};

describe('customerFileConsistency', () => {
  it('accepts the same party and account repeated on rows of several service points', () => {
    const file = customerFileConsistency();
    expect(file.check(row)).toEqual([]);
    expect(file.check({ ...row, servicePoint: { ...servicePoint, serviceKind: 'sewage' } })).toEqual([]);
    expect(file.hasPremise('P-1')).toBe(true);
  });

  it('rejects a later row that renames a party seen earlier', () => {
    const file = customerFileConsistency();
    file.check(row);
    expect(file.check({ ...row, party: { ...row.party, familyName: 'Ivanov' } })).toEqual([
      { code: 'conflicts_with_earlier_row', column: 'party_reference' },
    ]);
  });

  it('rejects a second account at one service point in the same file', () => {
    const file = customerFileConsistency();
    file.check(row);
    expect(file.check({ ...row, account: { ...row.account, accountNumber: 'A-2' } })).toEqual([
      { code: 'conflicts_with_earlier_row', column: 'service_kind' },
    ]);
  });

  it('forgets nothing about a rejected row: it defines no key', () => {
    const file = customerFileConsistency();
    file.check(row);
    const renamed = { ...row, party: { ...row.party, familyName: 'Ivanov' } };
    file.check(renamed);
    expect(file.check(row)).toEqual([]);
  });
});
