import type { AuditEvent } from '@utilis/contracts';
import type { AuditEventRow } from './audit.tables.ts';
import { deploymentChain } from './deployment-chain.ts';

export const toAuditEvent = (row: AuditEventRow): AuditEvent => ({
  id: row.id,
  tenantId: row.tenantId === deploymentChain ? null : row.tenantId,
  sequence: row.sequence.toString(),
  occurredAt: row.occurredAt.toISOString(),
  actorKind: row.actorKind,
  actorId: row.actorId,
  actorLabel: row.actorLabel,
  ip: row.ip,
  requestId: row.requestId,
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
  before: row.before,
  after: row.after,
  previousHash: row.previousHash,
  hash: row.hash,
});
