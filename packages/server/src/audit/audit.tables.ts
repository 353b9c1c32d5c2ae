import type { ColumnType, Selectable } from 'kysely';

export type ActorKind = 'user' | 'api_key' | 'system';

/** One recorded change, never updated or deleted (the application role may only add and read). */
export interface AuditEventTable {
  tenantId: ColumnType<string, string, never>;
  sequence: ColumnType<bigint, bigint, never>;
  id: ColumnType<string, string, never>;
  occurredAt: ColumnType<Date, Date, never>;
  actorKind: ColumnType<ActorKind, ActorKind, never>;
  actorId: ColumnType<string | null, string | null, never>;
  actorLabel: ColumnType<string, string, never>;
  ip: ColumnType<string | null, string | null, never>;
  requestId: ColumnType<string | null, string | null, never>;
  action: ColumnType<string, string, never>;
  entityType: ColumnType<string, string, never>;
  entityId: ColumnType<string | null, string | null, never>;
  // jsonb columns are written as JSON text and read back as the value.
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  previousHash: ColumnType<string, string, never>;
  hash: ColumnType<string, string, never>;
}

/** The head of one chain: its last sequence and hash, locked while an event is appended. */
export interface AuditChainTable {
  tenantId: ColumnType<string, string, never>;
  lastSequence: bigint;
  lastHash: string;
}

/** An event committed with its change and not yet in the chain: `linkAuditEvents` moves it there. */
export interface AuditEventPendingTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  occurredAt: ColumnType<Date, Date, never>;
  actorKind: ColumnType<ActorKind, ActorKind, never>;
  actorId: ColumnType<string | null, string | null, never>;
  actorLabel: ColumnType<string, string, never>;
  ip: ColumnType<string | null, string | null, never>;
  requestId: ColumnType<string | null, string | null, never>;
  action: ColumnType<string, string, never>;
  entityType: ColumnType<string, string, never>;
  entityId: ColumnType<string | null, string | null, never>;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
}

export interface AuditTables {
  auditEvent: AuditEventTable;
  auditEventPending: AuditEventPendingTable;
  auditChain: AuditChainTable;
}

export type AuditEventRow = Selectable<AuditEventTable>;
