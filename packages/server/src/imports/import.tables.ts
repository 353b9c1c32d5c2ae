import type { ColumnType, Kysely, Selectable } from 'kysely';
import type { Database } from '../db/index.ts';
import type { ImportTally } from './customer-batch.ts';

export interface ImportRunTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  kind: ColumnType<'customers', 'customers', never>;
  fileName: ColumnType<string, string, never>;
  fileSha256: ColumnType<string, string, never>;
  format: ColumnType<'csv' | 'xlsx', 'csv' | 'xlsx', never>;
  status: 'running' | 'finished';
  lastCommittedLine: number;
  rowsRead: number;
  rowsCommitted: number;
  rowsRejected: number;
  // jsonb: written as JSON text, read back as the value.
  counts: ColumnType<Partial<ImportTally>, string, string>;
  startedAt: ColumnType<Date, Date, never>;
  finishedAt: Date | null;
}

export interface ImportRejectedRowTable {
  tenantId: ColumnType<string, string, never>;
  importRunId: ColumnType<string, string, never>;
  line: ColumnType<number, number, never>;
  position: ColumnType<number, number, never>;
  code: ColumnType<string, string, never>;
  columnName: ColumnType<string | null, string | null, never>;
  message: ColumnType<string, string, never>;
}

/** The import context's own tables, added to the schema where it queries them. */
export type ImportTables = {
  importRun: ImportRunTable;
  importRejectedRow: ImportRejectedRowTable;
};

export type ImportRunRow = Selectable<ImportRunTable>;

export const withImportTables = (db: Kysely<Database>): Kysely<Database & ImportTables> =>
  db.withTables<ImportTables>();
