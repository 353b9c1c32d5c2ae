import { type RawBuilder, sql } from 'kysely';

/**
 * The `on conflict` action of a bulk upsert by natural key: sets only the given columns, and only
 * where a value differs, so a row equal to the stored one is left alone (and not returned, so it
 * counts neither created nor updated). No columns: the stored row is kept as it is.
 */
export function updateChanged(table: string, columns: readonly string[]): RawBuilder<unknown> {
  if (columns.length === 0) return sql`do nothing`;
  const target = sql.table(table);
  const assignments = columns.map((column) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`);
  const stored = columns.map((column) => sql`${target}.${sql.ref(column)}`);
  const incoming = columns.map((column) => sql`excluded.${sql.ref(column)}`);
  return sql`do update set ${sql.join(assignments)}, updated_at = excluded.updated_at
    where (${sql.join(stored)}) is distinct from (${sql.join(incoming)})`;
}
