import { createHash } from 'node:crypto';
import type { CustomerImportReport, ImportFormat, ImportRejectedRow } from '@utilis/contracts';
import {
  type CustomerCells,
  type CustomerColumn,
  type CustomerRowError,
  customerFileConsistency,
  fail,
  ok,
  type Result,
  validateCustomerRow,
} from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { commitCustomerBatch } from './commit-customer-batch.ts';
import { addTally, emptyTally, type ImportTenant, type LinedRow } from './customer-batch.ts';
import { withImportTables } from './import.tables.ts';
import { rejectedRowsOf, rowErrorMessage, toImportReport } from './import-report-dto.ts';
import { type FileRow, readCustomerFile, UnreadableFileError } from './read-customer-file.ts';

/** Rows per transaction: large enough for multi-row statements to pay, small enough to resume cheaply. */
export const defaultBatchSize = 1000;

export interface ImportCustomersInput {
  readonly tenant: ImportTenant;
  readonly fileName: string;
  readonly format: ImportFormat;
  readonly bytes: Uint8Array;
  readonly batchSize?: number;
  /** Told after each committed batch: data rows done so far, and the (estimated) total. */
  readonly onProgress?: (rowsDone: number, rowsTotal: number) => void;
}

type RejectedLine = { line: number; errors: readonly CustomerRowError[] };

/**
 * Imports a customer file: checks every row, commits the good ones batch by batch (each batch with
 * its rejected rows and the run's progress, in one transaction) and returns the report. A file
 * whose earlier run did not finish resumes after that run's last committed line; natural keys make
 * any row written twice a no-op.
 */
export async function importCustomers(
  { db, now, newId }: UseCaseDeps,
  { tenant, fileName, format, bytes, batchSize = defaultBatchSize, onProgress }: ImportCustomersInput,
): Promise<Result<CustomerImportReport, 'import_file_unreadable' | 'import_header_invalid'>> {
  const clock = () => new Date(now().epochMilliseconds);
  const tenantId = tenant.id;
  let file: Awaited<ReturnType<typeof readCustomerFile>>;
  try {
    file = await readCustomerFile(bytes, format);
  } catch (error) {
    if (error instanceof UnreadableFileError) return fail(error.code, error.message);
    throw error;
  }
  const rowsTotal = format === 'csv' ? estimatedCsvRows(bytes) : 0;
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const run = await withTenant(db, tenantId, async (trx) => {
    const runs = withImportTables(trx);
    const unfinished = await runs
      .selectFrom('importRun')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('kind', '=', 'customers')
      .where('fileSha256', '=', fileSha256)
      .where('status', '=', 'running')
      .orderBy('startedAt', 'desc')
      .executeTakeFirst();
    if (unfinished) return unfinished;
    return runs
      .insertInto('importRun')
      .values({
        tenantId,
        id: newId(),
        kind: 'customers',
        fileName,
        fileSha256,
        format,
        status: 'running',
        lastCommittedLine: 1,
        rowsRead: 0,
        rowsCommitted: 0,
        rowsRejected: 0,
        counts: JSON.stringify(emptyTally()),
        startedAt: clock(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });

  const present = new Set<CustomerColumn>(file.columns);
  const consistency = customerFileConsistency();
  let tally = addTally(emptyTally(), { ...emptyTally(), ...run.counts });
  let batch: LinedRow[] = [];
  let rejected: RejectedLine[] = [];
  let rowsDone = run.rowsRead;
  let lastLine = run.lastCommittedLine;

  const resumeAfterLine = run.lastCommittedLine;
  const commitBatch = async (committedBatch: LinedRow[], validationRejects: RejectedLine[], throughLine: number) => {
    const outcome = await withTenant(db, tenantId, async (trx) => {
      const written = await commitCustomerBatch({ trx, tenant, present, now: clock(), newId }, committedBatch);
      const allRejected = [...validationRejects, ...written.rejected];
      const reasons = allRejected.flatMap(({ line, errors }) =>
        errors.map((error, position) => ({
          tenantId,
          importRunId: run.id,
          line,
          position,
          code: error.code,
          columnName: error.column,
          message: rowErrorMessage(error.code),
        })),
      );
      const tables = withImportTables(trx);
      if (reasons.length > 0) await tables.insertInto('importRejectedRow').values(reasons).execute();
      const counted = addTally(tally, written.counts);
      const rowsRead = validationRejects.length + committedBatch.length;
      await tables
        .updateTable('importRun')
        .set((eb) => ({
          lastCommittedLine: throughLine,
          rowsRead: eb('rowsRead', '+', rowsRead),
          rowsCommitted: eb('rowsCommitted', '+', written.committed),
          rowsRejected: eb('rowsRejected', '+', allRejected.length),
          counts: JSON.stringify(counted),
        }))
        .where('tenantId', '=', tenantId)
        .where('id', '=', run.id)
        .execute();
      return { rowsRead, counted };
    });
    tally = outcome.counted;
    rowsDone += outcome.rowsRead;
    onProgress?.(rowsDone, Math.max(rowsTotal, rowsDone));
  };

  // One batch is written while the next is read and checked; never more than one in flight.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length + rejected.length === 0) return;
    const [committedBatch, validationRejects, throughLine] = [batch, rejected, lastLine];
    batch = [];
    rejected = [];
    await inFlight;
    inFlight = commitBatch(committedBatch, validationRejects, throughLine);
    // Handled here so a failure waits for the next await instead of crashing the process.
    inFlight.catch(() => undefined);
  };

  for await (const fileRow of file.rows) {
    const checked = checkRow(fileRow, file.columns, format);
    // Rows already committed by an earlier run still teach the consistency check what they said.
    const conflicts = checked.ok ? consistency.check(checked.row) : [];
    if (fileRow.line <= resumeAfterLine) continue;
    lastLine = fileRow.line;
    if (!checked.ok) rejected.push({ line: fileRow.line, errors: checked.errors });
    else if (conflicts.length > 0) rejected.push({ line: fileRow.line, errors: conflicts });
    else batch.push({ line: fileRow.line, row: checked.row });
    if (batch.length + rejected.length >= batchSize) await flush();
  }
  await flush();
  await inFlight;

  return ok(
    await withTenant(db, tenantId, async (trx) => {
      const finished = await withImportTables(trx)
        .updateTable('importRun')
        .set({ status: 'finished', finishedAt: clock() })
        .where('tenantId', '=', tenantId)
        .where('id', '=', run.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const rejectedRows: ImportRejectedRow[] = await rejectedRowsOf(trx, { tenantId, importId: run.id });
      return toImportReport(finished, rejectedRows);
    }),
  );
}

function checkRow(fileRow: FileRow, columns: readonly CustomerColumn[], format: ImportFormat) {
  const { cells } = fileRow;
  const extra = cells.slice(columns.length).some((cell) => cell.trim() !== '');
  // Spreadsheets leave trailing empty cells out of a row; CSV writes every separator.
  const short = format === 'csv' && cells.length < columns.length;
  if (extra || short) {
    return { ok: false as const, errors: [{ code: 'column_count_mismatch' as const, column: null }] };
  }
  const record: CustomerCells = {};
  columns.forEach((column, index) => {
    record[column] = cells[index] ?? '';
  });
  return validateCustomerRow(record);
}

// Data lines, for the progress bar; a quoted cell spanning lines makes it a slight overestimate.
function estimatedCsvRows(bytes: Uint8Array): number {
  let lines = 0;
  for (const byte of bytes) if (byte === 10) lines += 1;
  const endsWithNewline = bytes.at(-1) === 10;
  return Math.max(0, lines + (endsWithNewline ? 0 : 1) - 1);
}
