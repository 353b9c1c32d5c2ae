import type { ImportRejectedRow } from '@utilis/contracts';
import {
  type AccountNumberPattern,
  type CustomerColumn,
  decideCustomerRows,
  ok,
  parseAccountNumberPattern,
} from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { addTally, type ImportTally, type LinedRow, type RejectedLine } from './customer-batch.ts';
import type { ImportRunRow } from './import.tables.ts';
import { rejectedRowsOf } from './import-report-dto.ts';
import { lockRun, recordBatch } from './import-run.sql.ts';
import { loadStoredCustomers } from './load-stored-customers.ts';
import { writeCustomerRows } from './write-customer-rows.ts';

export interface CustomerBatch {
  readonly runId: string;
  /** The file lines the batch covers, header excluded: every row read since the previous batch. */
  readonly fromLine: number;
  readonly throughLine: number;
  /** The rows valid on their own, in file order. */
  readonly rows: readonly LinedRow[];
  /** The rows refused on their own (cells, or a conflict with an earlier row of the file). */
  readonly refused: readonly RejectedLine[];
  /** The columns the file has; an absent one leaves stored values alone. */
  readonly columns: readonly CustomerColumn[];
  /** The file's last batch: it finishes the run. */
  readonly isLast: boolean;
}

export interface CommittedBatch {
  readonly rowsRead: number;
  readonly rowsCommitted: number;
  readonly rowsRejected: number;
  readonly counts: ImportTally;
  /** The run as the last batch finished it, with its rejection reasons (the first of them); null before. */
  readonly finished: { readonly run: ImportRunRow; readonly rejectedRows: readonly ImportRejectedRow[] } | null;
}

/**
 * One batch of a customer file import, in one transaction: loads what the rows name, lets the
 * domain decide row by row with the API's rules, writes the accepted rows with a statement per
 * kind of thing, and records the rejected rows and the run's progress. One audit event per batch,
 * so a file of 100,000 rows leaves a hundred, not a hundred thousand.
 */
export const commitCustomerBatch = defineCommand<CustomerBatch, CommittedBatch, never>({
  name: 'import.customers.batch',
  entity: 'import_run',
  permission: 'accounts.edit',
  entityId: (batch) => batch.runId,
  execute: async ({ trx, tenant, now, newId }, batch) => {
    const at = new Date(now().epochMilliseconds);
    const run = await lockRun(trx, { tenantId: tenant.id, runId: batch.runId });
    if (!run) throw new Error(`Import run ${batch.runId} is not stored`);
    const present = new Set(batch.columns);
    const loaded = await loadStoredCustomers(trx, tenant, batch.rows);
    const decided = decideCustomerRows(
      loaded.stored,
      batch.rows,
      { currency: tenant.currency, accountNumberPattern: patternOf(tenant.accountNumberPattern) },
      { hasParentColumn: present.has('parent_premise_reference') },
    );
    const counts = await writeCustomerRows(trx, { tenant, present, at, newId }, decided.accepted, loaded);
    const rejected = [...batch.refused, ...decided.rejected].sort((a, b) => a.line - b.line);
    const rowsRead = batch.rows.length + batch.refused.length;
    const recorded = await recordBatch(trx, {
      tenantId: tenant.id,
      runId: run.id,
      rejected,
      progress: {
        lastCommittedLine: Math.max(run.lastCommittedLine, batch.throughLine),
        rowsRead: run.rowsRead + rowsRead,
        rowsCommitted: run.rowsCommitted + decided.accepted.length,
        rowsRejected: run.rowsRejected + rejected.length,
        counts: addTally(run.counts, counts),
      },
      finishedAt: batch.isLast ? at : null,
    });
    const finished = batch.isLast
      ? { run: recorded, rejectedRows: await rejectedRowsOf(trx, { tenantId: tenant.id, importId: run.id }) }
      : null;
    return ok({ rowsRead, rowsCommitted: decided.accepted.length, rowsRejected: rejected.length, counts, finished });
  },
  audited: ({ rowsRead, rowsCommitted, rowsRejected, counts }, batch) => ({
    runId: batch.runId,
    fromLine: batch.fromLine,
    throughLine: batch.throughLine,
    rowsRead,
    rowsCommitted,
    rowsRejected,
    ...counts,
    isLast: batch.isLast,
  }),
});

function patternOf(text: string | null): AccountNumberPattern | null {
  if (text === null) return null;
  const parsed = parseAccountNumberPattern(text);
  if (!parsed.ok) throw new Error(`The tenant's account number pattern ${text} is invalid: ${parsed.detail}`);
  return parsed.value;
}
