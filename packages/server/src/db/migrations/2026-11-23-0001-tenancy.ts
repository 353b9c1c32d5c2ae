import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$
    begin
      if not exists (select from pg_roles where rolname = 'utilis_app') then
        create role utilis_app nologin nobypassrls;
      end if;
      execute format('grant utilis_app to %I', current_user);
    end
    $$`.execute(db);
  await sql`grant usage on schema public to utilis_app`.execute(db);

  await db.schema
    .createTable('tenant_group')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('tenant')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('group_id', 'uuid', (c) => c.references('tenant_group.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull().check(sql`country ~ '^[A-Z]{2}$'`))
    .addColumn('currency', 'text', (c) => c.notNull().check(sql`currency ~ '^[A-Z]{3}$'`))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Named counters per tenant (account numbers now, bill series later).
  await db.schema
    .createTable('tenant_sequence')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('last_value', 'int8', (c) => c.notNull())
    .addPrimaryKeyConstraint('tenant_sequence_pk', ['tenant_id', 'name'])
    .execute();

  await sql`grant select, insert, update on tenant_group, tenant, tenant_sequence to utilis_app`.execute(db);
  await isolateByTenantV1(db, 'tenant_sequence');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tenant_sequence').execute();
  await db.schema.dropTable('tenant').execute();
  await db.schema.dropTable('tenant_group').execute();
}
