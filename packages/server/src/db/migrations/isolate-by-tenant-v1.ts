import { type Kysely, sql } from 'kysely';

/**
 * Frozen with the migrations that use it: row-level security keyed on the per-transaction
 * setting utilis.tenant_id. FORCE makes it bind the table owner too. A changed policy is a
 * new file, never an edit to this one.
 */
export async function isolateByTenantV1(db: Kysely<unknown>, table: string): Promise<void> {
  await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
  await sql`alter table ${sql.table(table)} force row level security`.execute(db);
  await sql`
    create policy tenant_isolation on ${sql.table(table)}
      using (tenant_id = nullif(current_setting('utilis.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('utilis.tenant_id', true), '')::uuid)`.execute(db);
}
