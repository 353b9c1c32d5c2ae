import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.
// A run of a customer file import and the rows it rejected: the report outlives the request,
// and a run cut short resumes after the last line it committed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_run')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('customers')`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull().check(sql`file_sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('csv', 'xlsx')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('running', 'finished')`))
    // The last line whose batch is committed: a resumed run starts after it.
    .addColumn('last_committed_line', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_committed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_rejected', 'integer', (c) => c.notNull().defaultTo(0))
    // Created and updated per kind of thing: { parties: { created, updated }, accounts: … }.
    .addColumn('counts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addPrimaryKeyConstraint('import_run_pk', ['tenant_id', 'id'])
    .addCheckConstraint('import_run_finished_when_done', sql`(status = 'finished') = (finished_at is not null)`)
    .execute();
  await db.schema
    .createIndex('import_run_file_idx')
    .on('import_run')
    .columns(['tenant_id', 'kind', 'file_sha256', 'status'])
    .execute();

  await db.schema
    .createTable('import_rejected_row')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('import_run_id', 'uuid', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull().check(sql`line >= 1`))
    // Several reasons can reject one line; position keeps them in the order found.
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('column_name', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_rejected_row_pk', ['tenant_id', 'import_run_id', 'line', 'position'])
    .addForeignKeyConstraint('import_rejected_row_run_fk', ['tenant_id', 'import_run_id'], 'import_run', [
      'tenant_id',
      'id',
    ])
    .execute();

  await sql`grant select, insert, update on import_run to utilis_app`.execute(db);
  await sql`grant select, insert on import_rejected_row to utilis_app`.execute(db);
  await isolateByTenantV1(db, 'import_run');
  await isolateByTenantV1(db, 'import_rejected_row');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_rejected_row').execute();
  await db.schema.dropTable('import_run').execute();
}
