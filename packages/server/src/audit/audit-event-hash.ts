import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { AuditEventRow } from './audit.tables.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The previous hash of a chain's first event: the SHA-256 of the empty string. */
export const genesisHash = sha256('');

/**
 * The hash of an event: SHA-256 (hex) of the RFC 8785 canonical JSON of every column but `hash`,
 * under the column names, with the sequence as decimal text and the instant as ISO 8601 UTC with
 * milliseconds. Anyone holding the rows can recompute it; docs/operations.md gives the recipe.
 */
export function hashOfAuditEvent(event: Omit<AuditEventRow, 'hash'>): string {
  const canonical = canonicalize({
    tenant_id: event.tenantId,
    sequence: event.sequence.toString(),
    id: event.id,
    occurred_at: event.occurredAt.toISOString(),
    actor_kind: event.actorKind,
    actor_id: event.actorId,
    actor_label: event.actorLabel,
    ip: event.ip,
    request_id: event.requestId,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
    previous_hash: event.previousHash,
  });
  if (canonical === undefined) throw new Error(`Audit event ${event.id} has no JSON form`);
  return sha256(canonical);
}
