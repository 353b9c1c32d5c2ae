import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('party')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('person', 'organisation')`))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('given_name', 'text')
    .addColumn('middle_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('organisation_name', 'text')
    .addColumn('registration_number', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('preferred_locale', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('party_pk', ['tenant_id', 'id'])
    .addCheckConstraint(
      'party_names_match_kind',
      sql`(kind = 'person' and given_name is not null and family_name is not null and organisation_name is null)
       or (kind = 'organisation' and organisation_name is not null and given_name is null and family_name is null)`,
    )
    .execute();

  await db.schema
    .createTable('account')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('account_number', 'text', (c) => c.notNull())
    .addColumn('party_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'closed')`))
    .addColumn('opened_on', 'date', (c) => c.notNull())
    .addColumn('closed_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('account_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('account_number_unique', ['tenant_id', 'account_number'])
    .addForeignKeyConstraint('account_party_fk', ['tenant_id', 'party_id'], 'party', ['tenant_id', 'id'])
    .addCheckConstraint('account_closed_after_opened', sql`closed_on is null or closed_on >= opened_on`)
    .addCheckConstraint('account_status_matches_closing', sql`(status = 'closed') = (closed_on is not null)`)
    .execute();

  await db.schema.createIndex('account_party_idx').on('account').columns(['tenant_id', 'party_id']).execute();

  await sql`grant select, insert, update on party, account to utilis_app`.execute(db);
  await isolateByTenantV1(db, 'party');
  await isolateByTenantV1(db, 'account');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account').execute();
  await db.schema.dropTable('party').execute();
}
