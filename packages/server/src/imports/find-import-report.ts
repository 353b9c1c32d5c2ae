import type { CustomerImportReport } from '@utilis/contracts';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { withImportTables } from './import.tables.ts';
import { rejectedRowsOf, toImportReport } from './import-report-dto.ts';

/** The report of an import run, finished or still running. */
export async function findImportReport(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, importId }: { tenantId: string; importId: string },
): Promise<CustomerImportReport | undefined> {
  return withTenant(db, tenantId, async (trx) => {
    const run = await withImportTables(trx)
      .selectFrom('importRun')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('id', '=', importId)
      .executeTakeFirst();
    return run && toImportReport(run, await rejectedRowsOf(trx, { tenantId, importId }));
  });
}
