import type { ImportFormat } from '@utilis/contracts';
import type { CustomerRowError } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { emptyTally, type ImportTally } from './customer-batch.ts';
import { type ImportRunRow, withImportTables } from './import.tables.ts';
import { rowErrorMessage } from './import-report-dto.ts';

/** The newest run of this file (same bytes) that did not finish, locked; undefined when there is none. */
export const selectUnfinishedRun = (
  trx: Transaction<Database>,
  { tenantId, fileSha256 }: { tenantId: string; fileSha256: string },
): Promise<ImportRunRow | undefined> =>
  withImportTables(trx)
    .selectFrom('importRun')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('kind', '=', 'customers')
    .where('fileSha256', '=', fileSha256)
    .where('status', '=', 'running')
    .orderBy('startedAt', 'desc')
    .forUpdate()
    .executeTakeFirst();

export const insertRun = (
  trx: Transaction<Database>,
  run: { tenantId: string; id: string; fileName: string; fileSha256: string; format: ImportFormat; startedAt: Date },
): Promise<ImportRunRow> =>
  withImportTables(trx)
    .insertInto('importRun')
    .values({
      ...run,
      kind: 'customers',
      status: 'running',
      lastCommittedLine: 1,
      rowsRead: 0,
      rowsCommitted: 0,
      rowsRejected: 0,
      counts: JSON.stringify(emptyTally()),
    })
    .returningAll()
    .executeTakeFirstOrThrow();

/** A run, locked until the transaction ends: one batch of it is recorded at a time. */
export const lockRun = (trx: Transaction<Database>, { tenantId, runId }: { tenantId: string; runId: string }) =>
  withImportTables(trx)
    .selectFrom('importRun')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', runId)
    .forUpdate()
    .executeTakeFirst();

/** Records a batch on its run: every reason its rows were rejected, and the run's progress. */
export async function recordBatch(
  trx: Transaction<Database>,
  {
    tenantId,
    runId,
    rejected,
    progress,
    finishedAt,
  }: {
    tenantId: string;
    runId: string;
    rejected: readonly { readonly line: number; readonly errors: readonly CustomerRowError[] }[];
    progress: {
      lastCommittedLine: number;
      rowsRead: number;
      rowsCommitted: number;
      rowsRejected: number;
      counts: ImportTally;
    };
    /** Set on the last batch: the run is finished. */
    finishedAt: Date | null;
  },
): Promise<ImportRunRow> {
  const reasons = rejected.flatMap(({ line, errors }) =>
    errors.map((error, position) => ({
      tenantId,
      importRunId: runId,
      line,
      position,
      code: error.code,
      columnName: error.column,
      message: rowErrorMessage(error.code),
    })),
  );
  if (reasons.length > 0) await withImportTables(trx).insertInto('importRejectedRow').values(reasons).execute();
  return withImportTables(trx)
    .updateTable('importRun')
    .set({
      ...progress,
      counts: JSON.stringify(progress.counts),
      ...(finishedAt ? { status: 'finished' as const, finishedAt } : {}),
    })
    .where('tenantId', '=', tenantId)
    .where('id', '=', runId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
