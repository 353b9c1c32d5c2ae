import type { ColumnType } from 'kysely';

/** The first answer to a command sent with an idempotency key, kept to answer its repeats. */
export interface CommandIdempotencyTable {
  tenantId: ColumnType<string, string, never>;
  key: ColumnType<string, string, never>;
  command: ColumnType<string, string, never>;
  inputSha256: ColumnType<string, string, never>;
  value: ColumnType<unknown, string | null, never>;
  recordedAt: ColumnType<Date, Date, never>;
}

export interface CommandTables {
  commandIdempotency: CommandIdempotencyTable;
}
