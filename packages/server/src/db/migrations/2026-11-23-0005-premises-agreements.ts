import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('premise')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('parent_premise_id', 'uuid')
    .addColumn('address_line1', 'text', (c) => c.notNull())
    .addColumn('address_line2', 'text')
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('postal_code', 'text')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('latitude', 'numeric', (c) => c.check(sql`latitude between -90 and 90`))
    .addColumn('longitude', 'numeric', (c) => c.check(sql`longitude between -180 and 180`))
    .addColumn('area_m2', 'numeric', (c) => c.check(sql`area_m2 >= 0`))
    .addColumn('rooms', 'integer', (c) => c.check(sql`rooms >= 0`))
    .addColumn('occupants', 'integer', (c) => c.check(sql`occupants >= 0`))
    .addColumn('district_metered_area_code', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('premise_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('premise_parent_fk', ['tenant_id', 'parent_premise_id'], 'premise', ['tenant_id', 'id'])
    .addCheckConstraint('premise_not_own_parent', sql`parent_premise_id is null or parent_premise_id <> id`)
    .execute();
  await db.schema.createIndex('premise_parent_idx').on('premise').columns(['tenant_id', 'parent_premise_id']).execute();

  await db.schema
    .createTable('service_point')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('premise_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('service_point_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('service_point_kind_unique', ['tenant_id', 'premise_id', 'kind'])
    .addForeignKeyConstraint('service_point_premise_fk', ['tenant_id', 'premise_id'], 'premise', ['tenant_id', 'id'])
    .execute();

  await db.schema
    .createTable('agreement')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('service_point_id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('price_plan_id', 'uuid')
    .addColumn('provider', 'text')
    .addColumn('start_on', 'date', (c) => c.notNull())
    .addColumn('end_on', 'date')
    .addColumn('final_bill_requested_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('agreement_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('agreement_service_point_fk', ['tenant_id', 'service_point_id'], 'service_point', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('agreement_account_fk', ['tenant_id', 'account_id'], 'account', ['tenant_id', 'id'])
    .addForeignKeyConstraint('agreement_price_plan_fk', ['tenant_id', 'price_plan_id'], 'price_plan', [
      'tenant_id',
      'id',
    ])
    .addCheckConstraint('agreement_ends_after_start', sql`end_on is null or end_on >= start_on`)
    .execute();
  await db.schema
    .createIndex('agreement_service_point_idx')
    .on('agreement')
    .columns(['tenant_id', 'service_point_id', 'start_on'])
    .execute();
  await db.schema.createIndex('agreement_account_idx').on('agreement').columns(['tenant_id', 'account_id']).execute();
  // At most one running agreement per service point, on every back-end; overlaps of ended ones
  // are refused by the application under a row lock on the service point.
  await sql`create unique index agreement_one_running_idx on agreement (tenant_id, service_point_id) where end_on is null`.execute(
    db,
  );

  // Where btree_gist can be had (PostgreSQL servers; not PGlite), the database itself also refuses
  // two agreements of a service point sharing a day. btree_gist is a trusted extension: the
  // database's CREATE privilege is enough.
  const canUseBtreeGist = await sql<{ possible: boolean }>`
    select exists (select 1 from pg_available_extensions where name = 'btree_gist')
       and (exists (select 1 from pg_extension where extname = 'btree_gist')
            or has_database_privilege(current_database(), 'CREATE')) as possible`.execute(db);
  if (canUseBtreeGist.rows[0]?.possible) {
    await sql`create extension if not exists btree_gist`.execute(db);
    await sql`
      alter table agreement add constraint agreement_days_not_shared exclude using gist (
        tenant_id with =, service_point_id with =, daterange(start_on, end_on, '[]') with &&)`.execute(db);
  }

  await db.schema
    .createTable('agreement_change')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('service_point_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('move_in', 'move_out', 'transfer')`))
    .addColumn('changed_on', 'date', (c) => c.notNull())
    .addColumn('ended_agreement_id', 'uuid')
    .addColumn('started_agreement_id', 'uuid')
    .addColumn('readings', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('agreement_change_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('agreement_change_service_point_fk', ['tenant_id', 'service_point_id'], 'service_point', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('agreement_change_ended_fk', ['tenant_id', 'ended_agreement_id'], 'agreement', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('agreement_change_started_fk', ['tenant_id', 'started_agreement_id'], 'agreement', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('agreement_change_service_point_idx')
    .on('agreement_change')
    .columns(['tenant_id', 'service_point_id'])
    .execute();

  await sql`grant select, insert, update on premise, service_point, agreement, agreement_change to utilis_app`.execute(
    db,
  );
  for (const table of ['premise', 'service_point', 'agreement', 'agreement_change']) {
    await isolateByTenantV1(db, table);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agreement_change').execute();
  await db.schema.dropTable('agreement').execute();
  await db.schema.dropTable('service_point').execute();
  await db.schema.dropTable('premise').execute();
}
