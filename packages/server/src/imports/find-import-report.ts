import type { CustomerImportReport } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { withImportTables } from './import.tables.ts';
import { rejectedRowsOf, toImportReport } from './import-report-dto.ts';

/** The report of an import run, finished or still running. */
export async function findImportReport(
  trx: Transaction<Database>,
  { tenantId, importId }: { tenantId: string; importId: string },
): Promise<CustomerImportReport | undefined> {
  const run = await withImportTables(trx)
    .selectFrom('importRun')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', importId)
    .executeTakeFirst();
  return run && toImportReport(run, await rejectedRowsOf(trx, { tenantId, importId }));
}
