import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import type { AuditEventRow } from './audit.tables.ts';
import { genesisHash, hashOfAuditEvent } from './audit-event-hash.ts';
import { deploymentChain } from './deployment-chain.ts';
import type { AuditActor } from './record-audit-event.ts';
import { redactSecrets } from './redact-secrets.ts';

export interface AppendedAuditEvent {
  /** The tenant the change was made in; null for the deployment chain. */
  tenantId: string | null;
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
 * Appends one event to its tenant's chain: the chain head is locked, so concurrent appends queue
 * and sequences never fork; the event links to the previous hash, and the head moves to it.
 */
export async function appendAuditEvent(
  { db, now, newId }: UseCaseDeps,
  event: AppendedAuditEvent,
): Promise<AuditEventRow> {
  const chainId = event.tenantId ?? deploymentChain;
  return withTenant(db, chainId, async (trx) => {
    const head = await lockChainHead(trx, chainId);
    const unhashed = {
      tenantId: chainId,
      sequence: head.lastSequence + 1n,
      id: newId(),
      occurredAt: new Date(now().epochMilliseconds),
      actorKind: event.actor.kind,
      actorId: event.actor.id,
      actorLabel: event.actor.label,
      ip: event.ip,
      requestId: event.requestId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: storable(event.before),
      after: storable(event.after),
      previousHash: head.lastHash,
    };
    const hash = hashOfAuditEvent(unhashed);
    const stored = await trx
      .insertInto('auditEvent')
      .values({ ...unhashed, before: jsonText(unhashed.before), after: jsonText(unhashed.after), hash })
      .returningAll()
      .executeTakeFirstOrThrow();
    // A value the database keeps differently from how it was hashed would read as tampering
    // later; refusing it here keeps every stored event verifiable.
    if (hashOfAuditEvent(stored) !== hash) throw new Error(`Audit event ${stored.id} would not verify as stored`);
    await trx
      .updateTable('auditChain')
      .set({ lastSequence: stored.sequence, lastHash: hash })
      .where('tenantId', '=', chainId)
      .execute();
    return stored;
  });
}

async function lockChainHead(trx: Transaction<Database>, chainId: string) {
  const lock = () => trx.selectFrom('auditChain').selectAll().where('tenantId', '=', chainId).forUpdate();
  const head = await lock().executeTakeFirst();
  if (head) return head;
  // Two first events race here: the loser's insert waits for the winner's, then locks its row.
  await trx
    .insertInto('auditChain')
    .values({ tenantId: chainId, lastSequence: 0n, lastHash: genesisHash })
    .onConflict((conflict) => conflict.column('tenantId').doNothing())
    .execute();
  return lock().executeTakeFirstOrThrow();
}

// Through JSON first, so what is hashed is exactly what jsonb will hand back (no Dates, no undefined).
const storable = (value: unknown): unknown =>
  value === undefined || value === null ? null : redactSecrets(JSON.parse(JSON.stringify(value)));

const jsonText = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));
