import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { ActorKind } from './audit.tables.ts';
import { redactSecrets } from './redact-secrets.ts';

export interface AuditActor {
  readonly kind: ActorKind;
  /** The user or key id; null for the system, or for a sign-in attempt by an unknown person. */
  readonly id: string | null;
  /** An e-mail, a key's name, or what the system was doing. */
  readonly label: string;
}

export interface NewAuditEvent {
  /** The chain the event joins: the tenant the change was made in, or the deployment chain. */
  chainId: string;
  id: string;
  occurredAt: Date;
  actor: AuditActor;
  ip: string | null;
  requestId: string | null;
  /** What happened, noun.verb: `party.update`. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** JSON values; password, secret and token fields are redacted before they are stored. */
  before: unknown;
  after: unknown;
}

/**
 * Adds an event in the caller's transaction, so it commits or rolls back with the change it
 * records. It takes no lock: `linkAuditEvents` chains it once it is committed.
 */
export async function recordAuditEvent(trx: Transaction<Database>, event: NewAuditEvent): Promise<void> {
  await trx
    .insertInto('auditEventPending')
    .values({
      tenantId: event.chainId,
      id: event.id,
      occurredAt: event.occurredAt,
      actorKind: event.actor.kind,
      actorId: event.actor.id,
      actorLabel: event.actor.label,
      ip: event.ip,
      requestId: event.requestId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: jsonText(storable(event.before)),
      after: jsonText(storable(event.after)),
    })
    .execute();
}

// Through JSON first, so what is hashed later is exactly what jsonb hands back (no Dates, no
// undefined); a bigint, which JSON has no form for, is kept as its decimal text.
const storable = (value: unknown): unknown =>
  value === undefined || value === null
    ? null
    : redactSecrets(
        JSON.parse(JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item))),
      );

const jsonText = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));
