import type { CustomerImportReport, Tenant } from '@utilis/contracts';
import { customerColumns } from '@utilis/domain';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../db/index.ts';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';

// The customer file import and export through the API: every row checked, good rows committed,
// each rejected row reported by line and reason; the same file twice creates nothing twice, and
// what is exported imports back without a change.
const header = customerColumns.join(',');
const line = (cells: Partial<Record<(typeof customerColumns)[number], string>>) =>
  customerColumns.map((column) => csvCell(cells[column] ?? '')).join(',');
const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const marie = {
  party_reference: 'C-1',
  party_kind: 'person',
  given_name: 'Marie',
  family_name: 'Curie',
  email: 'marie@example.org',
  locale: 'fr-FR',
  account_number: 'A-0001',
  branch: 'north',
  opened_on: '2024-01-15',
  premise_reference: 'P-1',
  address_line1: '1 rue Cuvier, apt 3',
  city: 'Paris',
  postal_code: '75005',
  country: 'FR',
  parent_premise_reference: 'B-1',
  service_kind: 'water',
  meter_serial: 'SN-0001',
  meter_kind: 'water_cold',
  meter_unit: 'm3',
  meter_digits: '5',
  meter_multiplier: '1',
  installed_on: '2024-01-15',
  install_reading: '12.345',
};
const building = {
  party_reference: 'C-2',
  party_kind: 'organisation',
  organisation_name: 'Syndic «Les Tilleuls»',
  account_number: 'A-0002',
  opened_on: '2023-06-01',
  premise_reference: 'B-1',
  address_line1: '1 rue Cuvier',
  city: 'Paris',
  country: 'FR',
  service_kind: 'water',
};
const wang = {
  party_reference: 'C-3',
  party_kind: 'person',
  given_name: '小明',
  family_name: '王',
  account_number: 'A-0003',
  currency: 'CNY',
  opened_on: '2025-02-01',
};

describe('customer import and export API', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  const base = () => `/api/v1/tenants/${tenant.id}`;
  const importFile = (body: string | Buffer, contentType = 'text/csv') =>
    testApp.app.inject({
      method: 'POST',
      url: `${base()}/imports/customers?fileName=customers.csv`,
      headers: { 'content-type': contentType },
      payload: body,
    });
  const exportFile = async (format: 'csv' | 'xlsx') => {
    const response = await testApp.app.inject({ method: 'GET', url: `${base()}/exports/customers?format=${format}` });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  };
  const count = (
    table: 'party' | 'account' | 'premise' | 'service_point' | 'agreement' | 'meter' | 'meter_installation',
  ) =>
    withTenant(testApp.database.db, tenant.id, async (trx) => {
      const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(trx);
      return result.rows[0]?.n;
    });

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app);
  });
  afterAll(() => testApp.close());

  it('commits the good rows and reports each rejected one with its line and reason', async () => {
    const file = [
      header,
      line(building),
      line(marie),
      line({
        ...marie,
        account_number: 'A-0004',
        premise_reference: 'P-2',
        service_kind: 'water',
        meter_serial: '',
        meter_kind: '',
        meter_unit: '',
        meter_digits: '',
        meter_multiplier: '',
        installed_on: '',
        install_reading: '',
        opened_on: '2024-02-30',
      }),
      line(wang),
      line({ ...wang, account_number: 'A-0005', party_kind: 'organisation' }),
      line({ ...wang, given_name: '小红', account_number: 'A-0006' }),
      line({
        ...building,
        party_reference: 'C-9',
        account_number: 'A-0009',
        premise_reference: 'P-9',
        parent_premise_reference: 'NOWHERE',
      }),
    ].join('\n');
    const response = await importFile(file);
    expect(response.statusCode, response.body).toBe(201);
    const report = response.json<CustomerImportReport>();
    expect(report).toMatchObject({
      status: 'finished',
      rowsRead: 7,
      rowsCommitted: 3,
      rowsRejected: 4,
      parties: { created: 3, updated: 0 },
      accounts: { created: 3, updated: 0 },
      premises: { created: 2, updated: 0 },
      servicePoints: { created: 2, updated: 0 },
      meters: { created: 1, updated: 0 },
    });
    expect(report.rejectedRows.map(({ line, code, column }) => ({ line, code, column }))).toEqual([
      { line: 4, code: 'invalid_date', column: 'opened_on' },
      { line: 6, code: 'missing_value', column: 'organisation_name' },
      { line: 6, code: 'names_do_not_match_kind', column: 'given_name' },
      { line: 6, code: 'names_do_not_match_kind', column: 'family_name' },
      { line: 7, code: 'conflicts_with_earlier_row', column: 'party_reference' },
      { line: 8, code: 'parent_premise_not_found', column: 'parent_premise_reference' },
    ]);
    expect(report.rejectedRows[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(await count('agreement')).toBe(2);
    expect(await count('meter_installation')).toBe(1);

    const rejected = await testApp.app.inject({ method: 'GET', url: `${base()}/imports/${report.id}/rejected-rows` });
    expect(rejected.headers['content-type']).toMatch(/text\/csv/);
    expect(parse(rejected.body, { columns: true })).toHaveLength(6);
    const found = await testApp.app.inject({ method: 'GET', url: `${base()}/imports/${report.id}` });
    expect(found.json<CustomerImportReport>().rowsRejected).toBe(4);
  });

  it('creates nothing twice when the same file comes again, and updates what the file changes', async () => {
    const file = [header, line(building), line(marie), line(wang)].join('\n');
    const again = (await importFile(file)).json<CustomerImportReport>();
    expect(again).toMatchObject({ rowsCommitted: 3, rowsRejected: 0, parties: { created: 0, updated: 0 } });
    expect(await count('party')).toBe(3);
    const changed = [
      header,
      line(building),
      line({ ...marie, email: 'curie@example.org', branch: 'south' }),
      line(wang),
    ];
    const update = (await importFile(changed.join('\n'))).json<CustomerImportReport>();
    expect(update).toMatchObject({
      parties: { created: 0, updated: 1 },
      accounts: { created: 0, updated: 1 },
      premises: { created: 0, updated: 0 },
      meters: { created: 0, updated: 0 },
    });
    expect(await count('party')).toBe(3);
    expect(await count('meter_installation')).toBe(1);
  });

  it.each([
    [
      'party_kind_differs',
      { ...marie, party_kind: 'organisation', given_name: '', family_name: '', organisation_name: 'Curie SA' },
    ],
    ['account_of_other_party', { ...wang, account_number: 'A-0001' }],
    ['account_differs', { ...wang, currency: 'EUR' }],
    [
      'service_point_of_other_account',
      {
        ...building,
        party_reference: 'C-4',
        account_number: 'A-0010',
        premise_reference: 'P-1',
        address_line1: '1 rue Cuvier, apt 3',
        postal_code: '75005',
        parent_premise_reference: 'B-1',
      },
    ],
    ['premise_cannot_contain_itself', { ...building, parent_premise_reference: 'P-1' }],
    [
      'meter_installed_elsewhere',
      { ...marie, premise_reference: 'P-7', parent_premise_reference: '', service_kind: 'water' },
    ],
  ])('refuses a row that contradicts what is stored: %s', async (code, cells) => {
    const report = (await importFile([header, line(cells)].join('\n'))).json<CustomerImportReport>();
    expect(report.rejectedRows.map((row) => row.code)).toEqual([code]);
    expect(report.rowsCommitted).toBe(0);
  });

  it.each(['csv', 'xlsx'] as const)('imports its own %s export back without a change', async (format) => {
    const exported = await exportFile(format);
    const contentType =
      format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const report = (await importFile(exported, contentType)).json<CustomerImportReport>();
    expect(report).toMatchObject({ rowsRejected: 0, rowsCommitted: 3 });
    for (const kind of ['parties', 'accounts', 'premises', 'servicePoints', 'meters'] as const) {
      expect(report[kind], kind).toEqual({ created: 0, updated: 0 });
    }
    expect((await exportFile(format)).equals(exported) || format === 'xlsx').toBe(true);
    const csv = (await exportFile('csv')).toString('utf8');
    expect(csv.split('\n')[0]).toBe(header);
    expect(csv).toContain('12.345');
    expect(csv).toContain('小明');
  });

  it('reads a semicolon CSV with a byte-order mark, columns in any order', async () => {
    const columns = ['account_number', 'party_kind', 'party_reference', 'opened_on', 'organisation_name'];
    const file = `\uFEFF${columns.join(';')}\nA-0100;organisation;C-100;2025-01-01;Régie des eaux\n`;
    const report = (await importFile(file)).json<CustomerImportReport>();
    expect(report).toMatchObject({ rowsCommitted: 1, parties: { created: 1 } });
  });

  it('refuses a file whose header is not the layout, and one that is not a workbook', async () => {
    const unknown = await importFile('party_reference,party_kind,colour\n');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'import_header_invalid' });
    const notXlsx = await importFile('just text', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(notXlsx.json()).toMatchObject({ code: 'import_file_unreadable' });
    const json = await testApp.app.inject({
      method: 'POST',
      url: `${base()}/imports/customers`,
      payload: { rows: [] },
    });
    expect(json.statusCode).toBe(415);
  });

  it("exports a branch clerk's own branch accounts only, and lets only a tenant-wide editor import", async () => {
    const east = { ...wang, party_reference: 'C-E', account_number: 'A-EAST', branch: 'east', currency: '' };
    const west = { ...wang, party_reference: 'C-W', account_number: 'A-WEST', branch: 'west', currency: '' };
    expect((await importFile([header, line(east), line(west)].join('\n'))).statusCode).toBe(201);
    const clerk = await testApp.signedInAs('billing_clerk', {
      scope: 'branch',
      tenantId: tenant.id,
      branchCode: 'west',
    });
    const exported = await clerk.inject({ method: 'GET', url: `${base()}/exports/customers?format=csv` });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('A-WEST');
    expect(exported.body).not.toContain('A-EAST');
    const refused = await clerk.inject({
      method: 'POST',
      url: `${base()}/imports/customers`,
      headers: { 'content-type': 'text/csv' },
      payload: [header, line(west)].join('\n'),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'permission_denied' });
  });

  it('records one audit event as the run opens and one per batch, not one per row', async () => {
    const report = (await importFile([header, line(marie), line(wang)].join('\n'))).json<CustomerImportReport>();
    const events = await testApp.database.asOwner((owner) =>
      owner
        .selectFrom('auditEvent')
        .select(['action', 'entityType', 'entityId', 'after'])
        .where('entityId', '=', report.id)
        .orderBy('sequence')
        .execute(),
    );
    expect(events).toEqual([
      expect.objectContaining({ action: 'import.customers', entityType: 'import_run', entityId: report.id }),
      {
        action: 'import.customers.batch',
        entityType: 'import_run',
        entityId: report.id,
        after: expect.objectContaining({
          runId: report.id,
          fromLine: 2,
          throughLine: 3,
          rowsRead: 2,
          rowsCommitted: 2,
          rowsRejected: 0,
          isLast: true,
        }),
      },
    ]);
  });
});
