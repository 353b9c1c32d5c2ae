import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.
// Billing inputs (household persons, protections, benefits, area, dwellings) become one
// append-only log per account: a change adds dated entries, a later entry supersedes an earlier
// one over its days, and nothing is updated or deleted, so an old bill can be re-derived from
// what was known when it ran. Ranges are half-open [effective_from, effective_to).

const listTables = [
  { table: 'account_household_person', kind: 'household_person', value: sql`jsonb_build_object('name', name)` },
  {
    table: 'account_protection',
    kind: 'protection',
    value: sql`jsonb_build_object('status', status, 'reason', reason)`,
  },
  { table: 'account_benefit', kind: 'benefit', value: sql`jsonb_build_object('code', code, 'reference', reference)` },
] as const;

const migrationLabel = 'migration 2026-12-05-0013-account-facts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account_fact')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('household_person', 'protection', 'benefit', 'area_m2', 'dwelling_units')`),
    )
    // The list entry the fact is about (one person, one award); the account for area and dwellings.
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    // Null: nothing holds over the range (an entry removed, a period shortened).
    .addColumn('value', 'jsonb', (c) => c.check(sql`value is null or jsonb_typeof(value) = 'object'`))
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('effective_to', 'date')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_by_kind', 'text', (c) =>
      c.notNull().check(sql`recorded_by_kind in ('user', 'api_key', 'system')`),
    )
    .addColumn('recorded_by_id', 'uuid')
    .addColumn('recorded_by_label', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.check(sql`reason is null or length(reason) between 1 and 500`))
    // Recording order: where two entries of a subject cover a day, the higher position holds.
    .addColumn('position', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addPrimaryKeyConstraint('account_fact_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('account_fact_account_fk', ['tenant_id', 'account_id'], 'account', ['tenant_id', 'id'])
    .addCheckConstraint('account_fact_ends_after_start', sql`effective_to is null or effective_to > effective_from`)
    .execute();
  await db.schema
    .createIndex('account_fact_subject_idx')
    .on('account_fact')
    .columns(['tenant_id', 'account_id', 'kind', 'subject_id', 'position'])
    .execute();
  await db.schema
    .createIndex('account_fact_position_idx')
    .on('account_fact')
    .columns(['tenant_id', 'account_id', 'position'])
    .execute();

  // The lists as they stand become one entry each: their ids stay the entries' subjects (so the
  // API's ids do not change), their inclusive end_on becomes the exclusive day after. The owner
  // copies every tenant's rows: row-level security is lifted from the old tables it drops next.
  for (const { table, kind, value } of listTables) {
    await sql`alter table ${sql.table(table)} no force row level security`.execute(db);
    await sql`
      insert into account_fact (tenant_id, id, account_id, kind, subject_id, value, effective_from, effective_to,
                                recorded_at, recorded_by_kind, recorded_by_id, recorded_by_label, reason)
      select tenant_id, id, account_id, ${kind}, id, ${value}, start_on, end_on + 1,
             updated_at, 'system', null, ${migrationLabel}, 'Recorded before the fact log; carried over as it stood'
        from ${sql.table(table)}
       order by tenant_id, account_id, start_on, id`.execute(db);
  }

  await sql`grant select, insert on account_fact to utilis_app`.execute(db);
  // Append-only for the application: a mistake is corrected by a newer entry, never in place.
  await sql`revoke update, delete, truncate on account_fact from utilis_app`.execute(db);
  await isolateByTenantV1(db, 'account_fact');

  for (const { table } of listTables) await db.schema.dropTable(table).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const codeCheck = (column: string) => sql`${sql.ref(column)} ~ '^[a-z0-9][a-z0-9_-]{0,31}$'`;
  const accountPeriodTable = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
      .addColumn('id', 'uuid', (c) => c.notNull())
      .addColumn('account_id', 'uuid', (c) => c.notNull())
      .addColumn('start_on', 'date', (c) => c.notNull())
      .addColumn('end_on', 'date')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint(`${table}_pk`, ['tenant_id', 'id'])
      .addForeignKeyConstraint(`${table}_account_fk`, ['tenant_id', 'account_id'], 'account', ['tenant_id', 'id'])
      .addCheckConstraint(`${table}_ends_after_start`, sql`end_on is null or end_on >= start_on`);
  await accountPeriodTable('account_household_person')
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await accountPeriodTable('account_protection')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('protected', 'vulnerable')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await accountPeriodTable('account_benefit')
    .addColumn('code', 'text', (c) => c.notNull().check(codeCheck('code')))
    .addColumn('reference', 'text')
    .execute();

  // A list is only ever set whole, so a subject's latest entry is its whole current period, or
  // says it was removed. Area and dwellings had no table before: they are not carried back.
  await sql`alter table account_fact no force row level security`.execute(db);
  const current = (kind: string) => sql`
    select distinct on (tenant_id, subject_id) tenant_id, subject_id, account_id, value, effective_from, effective_to,
           (select min(f.recorded_at) from account_fact f
             where f.tenant_id = account_fact.tenant_id and f.subject_id = account_fact.subject_id) as created_at,
           recorded_at as updated_at
      from account_fact where kind = ${kind}
     order by tenant_id, subject_id, position desc`;
  await sql`
    insert into account_household_person (tenant_id, id, account_id, start_on, end_on, created_at, updated_at, name)
    select tenant_id, subject_id, account_id, effective_from, effective_to - 1, created_at, updated_at, value->>'name'
      from (${current('household_person')}) latest where value is not null`.execute(db);
  await sql`
    insert into account_protection (tenant_id, id, account_id, start_on, end_on, created_at, updated_at, status, reason)
    select tenant_id, subject_id, account_id, effective_from, effective_to - 1, created_at, updated_at,
           value->>'status', value->>'reason'
      from (${current('protection')}) latest where value is not null`.execute(db);
  await sql`
    insert into account_benefit (tenant_id, id, account_id, start_on, end_on, created_at, updated_at, code, reference)
    select tenant_id, subject_id, account_id, effective_from, effective_to - 1, created_at, updated_at,
           value->>'code', value->>'reference'
      from (${current('benefit')}) latest where value is not null`.execute(db);

  for (const { table } of listTables) {
    await db.schema
      .createIndex(`${table}_account_idx`)
      .on(table)
      .columns(['tenant_id', 'account_id', 'start_on'])
      .execute();
    await sql`grant select, insert, update, delete on ${sql.table(table)} to utilis_app`.execute(db);
    await isolateByTenantV1(db, table);
  }
  await db.schema.dropTable('account_fact').execute();
}
