import { createHash } from 'node:crypto';
import type { CustomerImportReport, ImportFormat } from '@utilis/contracts';
import {
  type CustomerCells,
  type CustomerColumn,
  customerFileConsistency,
  fail,
  ok,
  type Result,
  validateCustomerRow,
} from '@utilis/domain';
import { type CommandOutcome, type CommandRunnerDeps, type CommandScope, runCommand } from '../commands/index.ts';
import { type CommittedBatch, type CustomerBatch, commitCustomerBatch } from './commit-customer-batch.ts';
import type { LinedRow, RejectedLine } from './customer-batch.ts';
import { toImportReport } from './import-report-dto.ts';
import { type FileRow, readCustomerFile, UnreadableFileError } from './read-customer-file.ts';
import { startCustomerImport } from './start-customer-import.ts';
import { ConcurrentImportWrite } from './write-customer-rows.ts';

/** Rows per transaction: large enough for multi-row statements to pay, small enough to resume cheaply. */
export const defaultBatchSize = 1000;

export interface ImportCustomersInput {
  readonly fileName: string;
  readonly format: ImportFormat;
  readonly bytes: Uint8Array;
  readonly batchSize?: number | undefined;
  /** Told after each committed batch: data rows done so far, and the (estimated) total. */
  readonly onProgress?: ((rowsDone: number, rowsTotal: number) => void) | undefined;
}

export type ImportCustomersError = 'import_file_unreadable' | 'import_header_invalid' | 'permission_denied';

// A batch whose decisions another writer overtook is decided again on fresh state, this often.
const attemptsPerBatch = 3;

/**
 * Imports a customer file into the scope's tenant: checks every row, and commits the file batch by
 * batch, each batch one `commitCustomerBatch` command (its rows decided by the API's rules, its
 * rejected rows and the run's progress, and one audit event, in one transaction). Returns the
 * report. A file whose earlier run did not finish resumes after that run's last committed line;
 * natural keys make any row written twice a no-op. Whoever starts it (the API, the console) gives
 * the scope: the tenant, and who asks from where.
 */
export async function importCustomers(
  deps: CommandRunnerDeps,
  scope: CommandScope,
  { fileName, format, bytes, batchSize = defaultBatchSize, onProgress }: ImportCustomersInput,
): Promise<Result<CustomerImportReport, ImportCustomersError>> {
  let file: Awaited<ReturnType<typeof readCustomerFile>>;
  try {
    file = await readCustomerFile(bytes, format);
  } catch (error) {
    if (error instanceof UnreadableFileError) return fail(error.code, error.message);
    throw error;
  }
  const run = runnerOutcome(
    await runCommand(deps, scope, startCustomerImport, {
      fileName,
      format,
      fileSha256: createHash('sha256').update(bytes).digest('hex'),
    }),
  );
  if (!run.ok) return run;
  const rowsTotal = format === 'csv' ? estimatedCsvRows(bytes) : 0;
  const resumeAfterLine = run.value.lastCommittedLine;
  const consistency = customerFileConsistency();
  let rowsDone = run.value.rowsRead;
  let rows: LinedRow[] = [];
  let refused: RejectedLine[] = [];
  let fromLine = resumeAfterLine + 1;
  let lastLine = resumeAfterLine;

  const commit = async (batch: CustomerBatch): Promise<CommittedBatch> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const committed = runnerOutcome(await runCommand(deps, scope, commitCustomerBatch, batch));
        if (!committed.ok) throw new RefusedBatch(committed);
        if (committed.value.rowsRead > 0) {
          rowsDone += committed.value.rowsRead;
          onProgress?.(rowsDone, Math.max(rowsTotal, rowsDone));
        }
        return committed.value;
      } catch (error) {
        if (attempt < attemptsPerBatch && isOvertaken(error)) continue;
        throw error;
      }
    }
  };

  // One batch is written while the next is read and checked; never more than one in flight. A
  // full batch waits for the next row, so the last batch (which finishes the run) is never empty
  // unless the file has no rows left at all.
  let inFlight: Promise<CommittedBatch | undefined> = Promise.resolve(undefined);
  const flush = async (isLast: boolean) => {
    const batch: CustomerBatch = {
      runId: run.value.id,
      fromLine,
      throughLine: lastLine,
      rows,
      refused,
      columns: file.columns,
      isLast,
    };
    rows = [];
    refused = [];
    fromLine = lastLine + 1;
    await inFlight;
    inFlight = commit(batch);
    // Handled here so a failure waits for the next await instead of crashing the process.
    inFlight.catch(() => undefined);
  };

  try {
    for await (const fileRow of file.rows) {
      const checked = checkRow(fileRow, file.columns, format);
      // Rows already committed by an earlier run still teach the consistency check what they said.
      const conflicts = checked.ok ? consistency.check(checked.row) : [];
      if (fileRow.line <= resumeAfterLine) continue;
      if (rows.length + refused.length >= batchSize) await flush(false);
      lastLine = fileRow.line;
      if (!checked.ok) refused.push({ line: fileRow.line, errors: checked.errors });
      else if (conflicts.length > 0) refused.push({ line: fileRow.line, errors: conflicts });
      else rows.push({ line: fileRow.line, row: checked.row });
    }
    await flush(true);
    const last = await inFlight;
    if (!last?.finished) throw new Error('The last batch of an import finishes its run');
    return ok(toImportReport(last.finished.run, [...last.finished.rejectedRows]));
  } catch (error) {
    if (error instanceof RefusedBatch) return error.refusal;
    throw error;
  }
}

class RefusedBatch extends Error {
  constructor(readonly refusal: { ok: false; code: ImportCustomersError; detail?: string }) {
    super(refusal.code);
  }
}

// Neither command is held for approval or refused by its own rules; the runner may refuse the actor.
function runnerOutcome<Value>(outcome: CommandOutcome<Value, never>): Result<Value, 'permission_denied'> {
  if (outcome.ok === 'held') throw new Error('An import is never held for approval');
  if (outcome.ok) return outcome;
  if (outcome.code === 'permission_denied') return fail('permission_denied', outcome.detail);
  throw new Error(`An import was refused with ${outcome.code}`);
}

/** A batch overtaken by another writer: a natural key stored meanwhile, or a constraint its decision could not see. */
function isOvertaken(error: unknown): boolean {
  if (error instanceof ConcurrentImportWrite) return true;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  // unique_violation, foreign_key_violation, exclusion_violation
  return code === '23505' || code === '23503' || code === '23P01';
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
