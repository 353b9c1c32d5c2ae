import { readFile } from 'node:fs/promises';
import { type RawBuilder, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseConnection, openDatabase } from '../../db/index.ts';
import { migrations } from '../../db/migrations/index.ts';

// The dated lists stored before the fact log move into it as they stand: each row one entry whose
// subject keeps the row's id (the API's ids do not change), its inclusive last day becoming the
// exclusive day after. Going back puts the lists as they stand into the old tables.
// Always on an in-memory PGlite of its own: it takes the database back to the migration before.

const before = '2026-12-05-0012-command-path';
const factLog = '2026-12-05-0013-account-facts';
const tenantId = '01900000-0000-7000-8000-00000000a001';
const accountId = '01900000-0000-7000-8000-00000000a002';
const ids = {
  person: '01900000-0000-7000-8000-00000000b001',
  leftPerson: '01900000-0000-7000-8000-00000000b002',
  protection: '01900000-0000-7000-8000-00000000b003',
  benefit: '01900000-0000-7000-8000-00000000b004',
};

describe('migration to the account fact log', () => {
  let connection: DatabaseConnection;
  const migrateTo = (name: string) =>
    connection.asOwner(async (owner) => {
      const { error } = await new Migrator({
        db: owner,
        provider: { getMigrations: async () => migrations },
      }).migrateTo(name);
      if (error) throw error;
    });
  const rows = <Row>(query: RawBuilder<Row>) => connection.asOwner(async (owner) => (await query.execute(owner)).rows);

  beforeAll(async () => {
    // From the migrated template when there is one (rolled back to before), else from scratch.
    const templateFile = process.env.DATABASE_URL ? undefined : inject('pgliteTemplateFile');
    const pgliteTemplate = templateFile ? await readFile(templateFile) : undefined;
    connection = await openDatabase({ backend: 'pglite', dataDir: undefined }, { pgliteTemplate });
    await migrateTo(before);
    await connection.asOwner(async (owner) => {
      await sql`insert into tenant (id, code, name, country, currency, locale, time_zone)
                values (${tenantId}, 'facts-migration', 'Facts', 'RW', 'RWF', 'en', 'Africa/Kigali')`.execute(owner);
      await sql`insert into party (tenant_id, id, kind, display_name, organisation_name) values (${tenantId}, ${tenantId}, 'organisation', 'Uwase', 'Uwase')`.execute(
        owner,
      );
      await sql`insert into account (tenant_id, id, account_number, party_id, currency, status, opened_on)
                values (${tenantId}, ${accountId}, 'A-1', ${tenantId}, 'RWF', 'active', '2020-01-01')`.execute(owner);
      await sql`insert into account_household_person (tenant_id, id, account_id, start_on, end_on, created_at, updated_at, name)
                values (${tenantId}, ${ids.person}, ${accountId}, '2024-01-01', null, '2025-01-01T10:00:00Z', '2025-02-01T10:00:00Z', 'Amani'),
                       (${tenantId}, ${ids.leftPerson}, ${accountId}, '2024-01-01', '2024-02-29', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z', 'Keza')`.execute(
        owner,
      );
      await sql`insert into account_protection (tenant_id, id, account_id, start_on, end_on, status, reason)
                values (${tenantId}, ${ids.protection}, ${accountId}, '2025-11-01', '2026-03-31', 'protected', 'Winter')`.execute(
        owner,
      );
      await sql`insert into account_benefit (tenant_id, id, account_id, start_on, end_on, code, reference)
                values (${tenantId}, ${ids.benefit}, ${accountId}, '2026-01-01', null, 'veteran', 'V-7')`.execute(
        owner,
      );
    });
  });
  afterAll(() => connection.close());

  it('carries every dated list entry over as one entry of the log, the last day made exclusive', async () => {
    await migrateTo(factLog);
    const entries = await rows<{ subjectId: string; kind: string; value: unknown; from: string; to: string | null }>(
      sql`select subject_id, kind, value, effective_from as "from", effective_to as "to", recorded_at, recorded_by_kind
            from account_fact order by position`,
    );
    expect(entries).toEqual([
      expect.objectContaining({
        subjectId: ids.person,
        kind: 'household_person',
        value: { name: 'Amani' },
        from: '2024-01-01',
        to: null,
      }),
      expect.objectContaining({
        subjectId: ids.leftPerson,
        value: { name: 'Keza' },
        from: '2024-01-01',
        to: '2024-03-01',
      }),
      expect.objectContaining({
        subjectId: ids.protection,
        kind: 'protection',
        value: { status: 'protected', reason: 'Winter' },
        to: '2026-04-01',
      }),
      expect.objectContaining({
        subjectId: ids.benefit,
        kind: 'benefit',
        value: { code: 'veteran', reference: 'V-7' },
        to: null,
      }),
    ]);
    expect(entries[0]).toMatchObject({ recordedAt: new Date('2025-02-01T10:00:00Z'), recordedByKind: 'system' });
    const old = await rows<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_name in ('account_household_person', 'account_protection', 'account_benefit')`,
    );
    expect(old).toEqual([]);
  });

  it('grants the application only reading and appending', async () => {
    const grants = await rows<{ privilege: string }>(
      sql`select privilege_type as privilege from information_schema.role_table_grants
           where table_name = 'account_fact' and grantee = 'utilis_app' order by privilege_type`,
    );
    expect(grants.map((grant) => grant.privilege)).toEqual(['INSERT', 'SELECT']);
  });

  it('puts the lists back as they stand when rolled back', async () => {
    await migrateTo(before);
    const persons = await rows<{ id: string; startOn: string; endOn: string | null; name: string }>(
      sql`select id, start_on, end_on, name from account_household_person order by name`,
    );
    expect(persons).toEqual([
      { id: ids.person, startOn: '2024-01-01', endOn: null, name: 'Amani' },
      { id: ids.leftPerson, startOn: '2024-01-01', endOn: '2024-02-29', name: 'Keza' },
    ]);
    const protections = await rows<{ endOn: string }>(sql`select end_on from account_protection`);
    expect(protections).toEqual([{ endOn: '2026-03-31' }]);
    await migrateTo(factLog);
  });
});
