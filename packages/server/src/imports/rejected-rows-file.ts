import { stringify } from 'csv-stringify/sync';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { withImportTables } from './import.tables.ts';
import { rejectedRowsOf } from './import-report-dto.ts';

/** Every rejection reason of an import run as CSV (line, code, column, message); undefined for no such run. */
export async function rejectedRowsFile(
  trx: Transaction<Database>,
  { tenantId, importId }: { tenantId: string; importId: string },
): Promise<string | undefined> {
  const run = await withImportTables(trx)
    .selectFrom('importRun')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', importId)
    .executeTakeFirst();
  if (!run) return undefined;
  const rows = await rejectedRowsOf(trx, { tenantId, importId, limit: Number.MAX_SAFE_INTEGER });
  return stringify(
    [['line', 'code', 'column', 'message'], ...rows.map((row) => [row.line, row.code, row.column ?? '', row.message])],
    { record_delimiter: 'unix' },
  );
}
