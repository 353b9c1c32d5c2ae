import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.

export async function up(db: Kysely<unknown>): Promise<void> {
  // How a tenant's rated amounts become money when a request names no mode.
  await db.schema
    .alterTable('tenant')
    .addColumn('rounding_mode', 'text', (c) =>
      c.notNull().defaultTo('half-up').check(sql`rounding_mode in ('half-up', 'half-even', 'down', 'up')`),
    )
    .execute();

  await db.schema
    .createTable('price_plan')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().check(sql`currency ~ '^[A-Z]{3}$'`))
    .addColumn('version_change', 'text', (c) =>
      c.notNull().check(sql`version_change in ('split_by_days', 'whole_periods')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('price_plan_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('price_plan_code_unique', ['tenant_id', 'code'])
    .execute();

  // One row per version, keyed by the day it takes effect; `definition` is the version as written.
  await db.schema
    .createTable('price_plan_version')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('price_plan_id', 'uuid', (c) => c.notNull())
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('price_plan_version_pk', ['tenant_id', 'price_plan_id', 'effective_from'])
    .addForeignKeyConstraint('price_plan_version_plan_fk', ['tenant_id', 'price_plan_id'], 'price_plan', [
      'tenant_id',
      'id',
    ])
    .execute();

  await sql`grant select, insert, update on price_plan to utilis_app`.execute(db);
  // Bills are re-rated on the version they were rated on, so a stored version is never changed:
  // a price change is a new version with a later effective date.
  await sql`grant select, insert on price_plan_version to utilis_app`.execute(db);
  await isolateByTenantV1(db, 'price_plan');
  await isolateByTenantV1(db, 'price_plan_version');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('price_plan_version').execute();
  await db.schema.dropTable('price_plan').execute();
  await db.schema.alterTable('tenant').dropColumn('rounding_mode').execute();
}
