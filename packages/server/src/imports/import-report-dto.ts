import {
  type CustomerImportReport,
  type ImportRejectedRow,
  type ImportRowErrorCode,
  importRowErrorText,
  rejectedRowsInReport,
} from '@utilis/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { emptyTally, importedKinds } from './customer-batch.ts';
import { type ImportRunRow, type ImportTables, withImportTables } from './import.tables.ts';

export function toImportReport(run: ImportRunRow, rejectedRows: ImportRejectedRow[]): CustomerImportReport {
  const tally = emptyTally();
  for (const kind of importedKinds) tally[kind] = run.counts[kind] ?? tally[kind];
  return {
    id: run.id,
    tenantId: run.tenantId,
    fileName: run.fileName,
    format: run.format,
    status: run.status,
    rowsRead: run.rowsRead,
    rowsCommitted: run.rowsCommitted,
    rowsRejected: run.rowsRejected,
    ...tally,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    rejectedRows,
  };
}

/** The rejection reasons of a run in file order, the first `limit` of them. */
export async function rejectedRowsOf(
  db: Kysely<Database> | Kysely<Database & ImportTables>,
  { tenantId, importId, limit = rejectedRowsInReport }: { tenantId: string; importId: string; limit?: number },
): Promise<ImportRejectedRow[]> {
  const rows = await withImportTables(db as Kysely<Database>)
    .selectFrom('importRejectedRow')
    .select(['line', 'code', 'columnName', 'message'])
    .where('tenantId', '=', tenantId)
    .where('importRunId', '=', importId)
    .orderBy('line')
    .orderBy('position')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    line: row.line,
    code: row.code as ImportRowErrorCode,
    column: row.columnName,
    message: row.message,
  }));
}

export const rowErrorMessage = (code: ImportRowErrorCode) => importRowErrorText[code];
