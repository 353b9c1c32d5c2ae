import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.
// Custom fields a tenant defines on its parties, accounts and premises. A value row names its
// entity by kind and id (no foreign key can span three tables); the composite foreign key to the
// definition makes a value's entity kind always agree with its field's.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('custom_field_definition')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull().check(sql`entity in ('party', 'account', 'premise')`))
    .addColumn('key', 'text', (c) => c.notNull().check(sql`key ~ '^[a-z][a-z0-9_]{0,62}$'`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('text', 'number', 'date', 'choice')`))
    .addColumn('choices', 'jsonb')
    .addColumn('is_required', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_searchable', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('custom_field_definition_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('custom_field_definition_key_unique', ['tenant_id', 'entity', 'key'])
    // Target of the value table's foreign key, which carries the entity kind along.
    .addUniqueConstraint('custom_field_definition_entity_unique', ['tenant_id', 'id', 'entity'])
    .addCheckConstraint('custom_field_definition_choices_of_choice', sql`(type = 'choice') = (choices is not null)`)
    .execute();

  await db.schema
    .createTable('custom_field_value')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('entity', 'text', (c) => c.notNull().check(sql`entity in ('party', 'account', 'premise')`))
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('field_id', 'uuid', (c) => c.notNull())
    .addColumn('value_text', 'text')
    .addColumn('value_number', 'numeric')
    .addColumn('value_date', 'date')
    .addColumn('search_text', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('custom_field_value_pk', ['tenant_id', 'entity', 'entity_id', 'field_id'])
    .addForeignKeyConstraint(
      'custom_field_value_field_fk',
      ['tenant_id', 'field_id', 'entity'],
      'custom_field_definition',
      ['tenant_id', 'id', 'entity'],
    )
    // A stored value is exactly one typed value; a cleared value is a deleted row.
    .addCheckConstraint('custom_field_value_one_value', sql`num_nonnulls(value_text, value_number, value_date) = 1`)
    .execute();
  // "Does this field have values?" (refusing a type change) without scanning every entity.
  await db.schema
    .createIndex('custom_field_value_field_idx')
    .on('custom_field_value')
    .columns(['tenant_id', 'field_id'])
    .execute();
  // The very expression the search compares (see 2026-11-23-0006-search for lower's LEAKPROOF).
  await sql`
    create index custom_field_value_search_trgm_idx on custom_field_value
      using gin (lower(search_text) gin_trgm_ops)`.execute(db);

  await sql`grant select, insert, update on custom_field_definition to utilis_app`.execute(db);
  await sql`grant select, insert, update, delete on custom_field_value to utilis_app`.execute(db);
  for (const table of ['custom_field_definition', 'custom_field_value']) {
    await isolateByTenantV1(db, table);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('custom_field_value').execute();
  await db.schema.dropTable('custom_field_definition').execute();
}
