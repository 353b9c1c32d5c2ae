import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.
// Meters, where they were installed and what they read. An installation covers the days
// [installed_on, removed_on): an exchange removes the old meter and installs the new one on the
// same day without the two sharing a day.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meter')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull().check(sql`length(serial) between 1 and 64`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('water_cold', 'water_hot', 'electricity', 'gas', 'heat', 'cooling')`),
    )
    .addColumn('unit', 'text', (c) => c.notNull())
    // Register digits before the decimal point: the register rolls over to zero at 10^digits.
    .addColumn('digits', 'integer', (c) => c.notNull().check(sql`digits between 1 and 12`))
    .addColumn('multiplier', 'numeric', (c) => c.notNull().defaultTo('1').check(sql`multiplier > 0`))
    .addColumn('size', 'text')
    .addColumn('calibration_due_on', 'date')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('in_stock', 'installed', 'removed', 'retired')`),
    )
    .addColumn('parent_meter_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('meter_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('meter_serial_unique', ['tenant_id', 'serial'])
    .addForeignKeyConstraint('meter_parent_fk', ['tenant_id', 'parent_meter_id'], 'meter', ['tenant_id', 'id'])
    .addCheckConstraint('meter_not_own_parent', sql`parent_meter_id is null or parent_meter_id <> id`)
    .execute();
  await db.schema.createIndex('meter_parent_idx').on('meter').columns(['tenant_id', 'parent_meter_id']).execute();
  await db.schema.createIndex('meter_status_idx').on('meter').columns(['tenant_id', 'status']).execute();
  // Serial substrings by trigram GIN, the very expression the registry and search compare
  // (lower, textlike are already LEAKPROOF: migration 0006).
  await sql`create index meter_serial_trgm_idx on meter using gin (lower(serial) gin_trgm_ops)`.execute(db);

  await db.schema
    .createTable('meter_installation')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('meter_id', 'uuid', (c) => c.notNull())
    .addColumn('service_point_id', 'uuid', (c) => c.notNull())
    .addColumn('installed_on', 'date', (c) => c.notNull())
    .addColumn('removed_on', 'date')
    .addColumn('install_reading', 'numeric', (c) => c.notNull().check(sql`install_reading >= 0`))
    .addColumn('removal_reading', 'numeric', (c) => c.check(sql`removal_reading >= 0`))
    .addPrimaryKeyConstraint('meter_installation_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('meter_installation_meter_fk', ['tenant_id', 'meter_id'], 'meter', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'meter_installation_service_point_fk',
      ['tenant_id', 'service_point_id'],
      'service_point',
      ['tenant_id', 'id'],
    )
    .addCheckConstraint(
      'meter_installation_removed_after_installed',
      sql`removed_on is null or removed_on >= installed_on`,
    )
    .addCheckConstraint('meter_installation_removal_has_reading', sql`(removed_on is null) = (removal_reading is null)`)
    .execute();
  await db.schema
    .createIndex('meter_installation_meter_idx')
    .on('meter_installation')
    .columns(['tenant_id', 'meter_id', 'installed_on'])
    .execute();
  await db.schema
    .createIndex('meter_installation_service_point_idx')
    .on('meter_installation')
    .columns(['tenant_id', 'service_point_id', 'installed_on'])
    .execute();
  // A meter hangs in at most one place now, on every back-end; earlier overlaps are refused by
  // the application under a row lock on the meter (and on the service point for its registers).
  await sql`create unique index meter_installation_one_open_idx on meter_installation (tenant_id, meter_id) where removed_on is null`.execute(
    db,
  );
  // Where btree_gist can be had (PostgreSQL servers; not PGlite), the database itself also refuses
  // one meter installed in two places on the same day.
  const canUseBtreeGist = await sql<{ possible: boolean }>`
    select exists (select 1 from pg_available_extensions where name = 'btree_gist')
       and (exists (select 1 from pg_extension where extname = 'btree_gist')
            or has_database_privilege(current_database(), 'CREATE')) as possible`.execute(db);
  if (canUseBtreeGist.rows[0]?.possible) {
    await sql`create extension if not exists btree_gist`.execute(db);
    await sql`
      alter table meter_installation add constraint meter_installation_days_not_shared exclude using gist (
        tenant_id with =, meter_id with =, daterange(installed_on, removed_on, '[)') with &&)`.execute(db);
  }

  await db.schema
    .createTable('meter_reading')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('meter_id', 'uuid', (c) => c.notNull())
    .addColumn('read_on', 'date', (c) => c.notNull())
    .addColumn('value', 'numeric', (c) => c.notNull().check(sql`value >= 0`))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('install', 'removal', 'move', 'manual')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('meter_reading_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('meter_reading_meter_fk', ['tenant_id', 'meter_id'], 'meter', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createIndex('meter_reading_meter_idx')
    .on('meter_reading')
    .columns(['tenant_id', 'meter_id', 'read_on'])
    .execute();

  await sql`grant select, insert, update on meter, meter_installation, meter_reading to utilis_app`.execute(db);
  for (const table of ['meter', 'meter_installation', 'meter_reading']) {
    await isolateByTenantV1(db, table);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('meter_reading').execute();
  await db.schema.dropTable('meter_installation').execute();
  await db.schema.dropTable('meter').execute();
}
