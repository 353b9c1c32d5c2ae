import type { CustomerImportReport, Tenant } from '@utilis/contracts';
import { customerColumns } from '@utilis/domain';
import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../db/index.ts';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';

// A customer file is held to the rules a clerk meets in the API: what the API refuses, the import
// refuses with the same code, writes nothing of that row, and never reports it committed. Each
// case runs on PGlite and on PostgreSQL (DATABASE_URL), where an overlap used to vanish silently.

type Cells = Partial<Record<(typeof customerColumns)[number], string>>;
const header = customerColumns.join(',');
const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const line = (cells: Cells) => customerColumns.map((column) => csvCell(cells[column] ?? '')).join(',');

/** A person with an account supplied with water at a premise, with a cold water meter: all keys from `n`. */
const customer = (n: string, overrides: Cells = {}): Cells => ({
  party_reference: `C-${n}`,
  party_kind: 'person',
  given_name: 'Ada',
  family_name: 'Lovelace',
  account_number: `A-${n}`,
  opened_on: '2024-01-01',
  premise_reference: `P-${n}`,
  address_line1: `${n} Ada Street`,
  city: 'London',
  country: 'GB',
  service_kind: 'water',
  meter_serial: `SN-${n}`,
  meter_kind: 'water_cold',
  meter_unit: 'm3',
  meter_digits: '5',
  installed_on: '2024-01-01',
  install_reading: '10',
  ...overrides,
});
const withoutMeter: Cells = {
  meter_serial: '',
  meter_kind: '',
  meter_unit: '',
  meter_digits: '',
  installed_on: '',
  install_reading: '',
};

describe('customer import under the API rules', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  const base = () => `/api/v1/tenants/${tenant.id}`;

  const importRows = async (...rows: Cells[]): Promise<CustomerImportReport> => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: `${base()}/imports/customers`,
      headers: { 'content-type': 'text/csv' },
      payload: [header, ...rows.map(line)].join('\n'),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<CustomerImportReport>();
  };
  const refusals = (report: CustomerImportReport) =>
    report.rejectedRows.map(({ line: at, code, column }) => ({ line: at, code, column }));
  const api = async (method: 'POST' | 'PATCH', path: string, payload: Record<string, unknown>) => {
    const response = await testApp.app.inject({ method, url: `${base()}${path}`, payload });
    return { status: response.statusCode, body: response.json() };
  };
  const one = async <T>(query: RawBuilder<T>) =>
    withTenant(testApp.database.db, tenant.id, async (trx) => (await query.execute(trx)).rows[0] as T);
  const servicePointId = async (premise: string, kind = 'water') =>
    (
      await one<{ id: string }>(sql`select sp.id from service_point sp join premise p on p.id = sp.premise_id
        where p.tenant_id = ${tenant.id} and p.reference = ${premise} and sp.kind = ${kind}`)
    ).id;
  const accountId = async (accountNumber: string) =>
    (await one<{ id: string }>(sql`select id from account where account_number = ${accountNumber}`)).id;
  const meterId = async (serial: string) =>
    (await one<{ id: string }>(sql`select id from meter where serial = ${serial}`)).id;
  const counts = (n: string) =>
    one<{ parties: number; accounts: number; agreements: number; meters: number; installations: number }>(sql`
      select
        (select count(*)::int from party where reference = ${`C-${n}`}) as parties,
        (select count(*)::int from account where account_number = ${`A-${n}`}) as accounts,
        (select count(*)::int from agreement ag join service_point sp on sp.id = ag.service_point_id
           join premise p on p.id = sp.premise_id where p.reference = ${`P-${n}`}) as agreements,
        (select count(*)::int from meter where serial = ${`SN-${n}`}) as meters,
        (select count(*)::int from meter_installation i join meter m on m.id = i.meter_id
           where m.serial = ${`SN-${n}`}) as installations`);

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app, { country: 'GB', currency: 'GBP', locale: 'en-GB' });
  });
  afterAll(() => testApp.close());

  it('refuses a gas meter on a water service point (meter_kind_unfit), as the API refuses to install it', async () => {
    const report = await importRows(customer('1', { meter_kind: 'gas' }));
    expect(refusals(report)).toEqual([{ line: 2, code: 'meter_kind_unfit', column: 'meter_kind' }]);
    expect(report.rowsCommitted).toBe(0);
    expect(await counts('1')).toEqual({ parties: 0, accounts: 0, agreements: 0, meters: 0, installations: 0 });

    await importRows(customer('1', withoutMeter));
    const gas = await api('POST', '/meters', { serial: 'SN-GAS-1', kind: 'gas', unit: 'm3', digits: 5 });
    const install = await api('POST', `/meters/${gas.body.id}/install`, {
      servicePointId: await servicePointId('P-1'),
      on: '2024-01-01',
      reading: '10',
    });
    expect(install.body).toMatchObject({ code: 'meter_kind_unfit' });
  });

  it('refuses an install reading of 123456789 on a 5-digit register (reading_exceeds_register)', async () => {
    const report = await importRows(customer('2', { install_reading: '123456789' }));
    expect(refusals(report)).toEqual([{ line: 2, code: 'reading_exceeds_register', column: 'install_reading' }]);
    expect(report.rowsCommitted).toBe(0);
    expect(await counts('2')).toMatchObject({ meters: 0, installations: 0, accounts: 0 });

    await importRows(customer('2', withoutMeter));
    const meter = await api('POST', '/meters', { serial: 'SN-API-2', kind: 'water_cold', unit: 'm3', digits: 5 });
    const install = await api('POST', `/meters/${meter.body.id}/install`, {
      servicePointId: await servicePointId('P-2'),
      on: '2024-01-01',
      reading: '123456789',
    });
    expect(install.body).toMatchObject({ code: 'reading_exceeds_register' });
  });

  it('refuses a move-in overlapping an ended agreement (agreement_overlaps) and reports it rejected, not committed', async () => {
    expect((await importRows(customer('3', withoutMeter))).rowsCommitted).toBe(1);
    const point = await servicePointId('P-3');
    expect((await api('POST', `/service-points/${point}/move-out`, { on: '2025-06-30' })).status).toBe(201);

    const atP3 = { ...withoutMeter, premise_reference: 'P-3', address_line1: '3 Ada Street' };
    const overlapping = customer('3b', { ...atP3, opened_on: '2025-01-01' });
    const report = await importRows(overlapping);
    expect(refusals(report)).toEqual([{ line: 2, code: 'agreement_overlaps', column: 'opened_on' }]);
    expect(report).toMatchObject({ rowsCommitted: 0, rowsRejected: 1, accounts: { created: 0 } });
    expect(await counts('3')).toMatchObject({ agreements: 1 });
    expect(await counts('3b')).toMatchObject({ parties: 0, accounts: 0 });

    // The same move-in through the API is refused with the same code.
    await importRows(customer('3c', { ...withoutMeter, opened_on: '2025-01-01' }));
    const moveIn = await api('POST', `/service-points/${point}/move-in`, {
      on: '2025-01-01',
      accountId: await accountId('A-3c'),
    });
    expect(moveIn.body).toMatchObject({ code: 'agreement_overlaps' });

    // After the ended agreement, the account moves in.
    const after = await importRows(customer('3d', { ...atP3, opened_on: '2025-07-01' }));
    expect(after).toMatchObject({ rowsCommitted: 1, rowsRejected: 0 });
    expect(await counts('3')).toMatchObject({ agreements: 2 });
  });

  it('refuses a second meter in a register already metered (register_already_metered)', async () => {
    await importRows(customer('4'));
    const report = await importRows(customer('4', { meter_serial: 'SN-4b' }));
    expect(refusals(report)).toEqual([{ line: 2, code: 'register_already_metered', column: 'meter_kind' }]);
    expect(report.rowsCommitted).toBe(0);
    expect(await counts('4')).toMatchObject({ installations: 1 });
    const hot = await importRows(customer('4', { meter_serial: 'SN-4c', meter_kind: 'water_hot' }));
    expect(hot).toMatchObject({ rowsCommitted: 1, meters: { created: 1 } });
  });

  it('refuses a meter whose earlier installation reaches past the day (meter_already_installed)', async () => {
    await importRows(customer('5'));
    const removal = await api('POST', `/meters/${await meterId('SN-5')}/remove`, { on: '2025-06-01', reading: '20' });
    expect(removal.status).toBe(200);
    const report = await importRows(
      customer('5b', { meter_serial: 'SN-5', installed_on: '2025-01-01', install_reading: '15' }),
    );
    expect(refusals(report)).toEqual([{ line: 2, code: 'meter_already_installed', column: 'installed_on' }]);
    expect(await counts('5b')).toMatchObject({ accounts: 0, agreements: 0 });
    const later = await importRows(
      customer('5b', { meter_serial: 'SN-5', installed_on: '2025-06-01', install_reading: '20' }),
    );
    expect(later).toMatchObject({ rowsCommitted: 1, rowsRejected: 0 });
  });

  it('refuses a retired meter (meter_retired)', async () => {
    const meter = await api('POST', '/meters', { serial: 'SN-6', kind: 'water_cold', unit: 'm3', digits: 5 });
    expect((await api('PATCH', `/meters/${meter.body.id}`, { status: 'retired' })).status).toBe(200);
    const report = await importRows(customer('6'));
    expect(refusals(report)).toEqual([{ line: 2, code: 'meter_retired', column: 'meter_serial' }]);
    expect(await counts('6')).toMatchObject({ installations: 0, accounts: 0 });
  });

  it('refuses changing the kind of a meter that hangs (meter_still_installed)', async () => {
    await importRows(customer('7'));
    const report = await importRows(customer('7', { meter_kind: 'water_hot' }));
    expect(refusals(report)).toEqual([{ line: 2, code: 'meter_still_installed', column: 'meter_kind' }]);
    expect(report.meters).toEqual({ created: 0, updated: 0 });
  });

  it('refuses fewer digits than a reading of the meter needs (reading_exceeds_register)', async () => {
    await importRows(customer('8', { meter_digits: '6' }));
    const removal = await api('POST', `/meters/${await meterId('SN-8')}/remove`, {
      on: '2025-01-01',
      reading: '123456',
    });
    expect(removal.status).toBe(200);
    const report = await importRows(
      customer('8b', { meter_serial: 'SN-8', installed_on: '2025-01-01', install_reading: '0' }),
    );
    expect(refusals(report)).toEqual([{ line: 2, code: 'reading_exceeds_register', column: 'meter_digits' }]);
  });

  it('refuses a move-in on a closed account (account_closed)', async () => {
    await importRows(customer('9', withoutMeter));
    const closed = await api('PATCH', `/accounts/${await accountId('A-9')}`, { closedOn: '2025-01-31' });
    expect(closed.status).toBe(200);
    const report = await importRows(customer('9', { ...withoutMeter, premise_reference: 'P-9b' }));
    expect(refusals(report)).toEqual([{ line: 2, code: 'account_closed', column: 'account_number' }]);
    expect(await counts('9')).toMatchObject({ agreements: 1 });
  });

  it('refuses a new account number outside the tenant pattern (account_number_pattern_mismatch)', async () => {
    const patterned = await createTestTenant(testApp.app, { accountNumberPattern: 'RW-{seq:6}' });
    const importInto = async (rows: Cells[]) =>
      (
        await testApp.app.inject({
          method: 'POST',
          url: `/api/v1/tenants/${patterned.id}/imports/customers`,
          headers: { 'content-type': 'text/csv' },
          payload: [header, ...rows.map(line)].join('\n'),
        })
      ).json<CustomerImportReport>();
    const report = await importInto([customer('10'), customer('10b', { account_number: 'RW-000042' })]);
    expect(refusals(report)).toEqual([{ line: 2, code: 'account_number_pattern_mismatch', column: 'account_number' }]);
    expect(report).toMatchObject({ rowsCommitted: 1, accounts: { created: 1 } });
  });

  it('refuses a reference the API would refuse (invalid_reference)', async () => {
    const report = await importRows(customer('11', { party_reference: '#11', meter_serial: 'SN 11?' }));
    expect(refusals(report)).toEqual([
      { line: 2, code: 'invalid_reference', column: 'party_reference' },
      { line: 2, code: 'invalid_reference', column: 'meter_serial' },
    ]);
  });

  it('refuses a unit whose building row was refused, in the same file', async () => {
    const report = await importRows(
      customer('12', { meter_kind: 'electricity' }),
      customer('12b', { ...withoutMeter, parent_premise_reference: 'P-12' }),
    );
    expect(refusals(report)).toEqual([
      { line: 2, code: 'meter_kind_unfit', column: 'meter_kind' },
      { line: 3, code: 'parent_premise_not_found', column: 'parent_premise_reference' },
    ]);
    expect(report.rowsCommitted).toBe(0);
  });

  it('commits in one file what the rules allow and refuses the rest, row by row', async () => {
    const report = await importRows(
      customer('13'),
      customer('13b', { premise_reference: 'P-13', address_line1: '13 Ada Street', meter_serial: 'SN-13b' }),
      customer('13c', { meter_kind: 'water_hot', service_kind: 'hot_water' }),
    );
    expect(refusals(report)).toEqual([{ line: 3, code: 'conflicts_with_earlier_row', column: 'service_kind' }]);
    expect(report).toMatchObject({ rowsCommitted: 2, meters: { created: 2 }, servicePoints: { created: 2 } });
    expect(await counts('13')).toEqual({ parties: 1, accounts: 1, agreements: 1, meters: 1, installations: 1 });
  });
});
