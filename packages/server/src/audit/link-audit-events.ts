import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { withTenant } from '../db/index.ts';
import { genesisHash, hashOfAuditEvent } from './audit-event-hash.ts';

const batchSize = 500;

/**
 * Chains a tenant's committed pending events in one short transaction: the chain head is locked
 * only here, never while a command runs, so writers of one tenant do not queue behind each other.
 * Each event links to the previous hash and leaves the queue in the same transaction. Returns how
 * many it linked. Safe to call at any time and from any process; a crash leaves the queue for the
 * next call.
 */
export async function linkAuditEvents(db: Kysely<Database>, chainId: string): Promise<number> {
  let linked = 0;
  for (;;) {
    const count = await withTenant(db, chainId, (trx) => linkBatch(trx, chainId));
    linked += count;
    if (count < batchSize) return linked;
  }
}

async function linkBatch(trx: Transaction<Database>, chainId: string): Promise<number> {
  const head = await lockChainHead(trx, chainId);
  const pending = await trx
    .selectFrom('auditEventPending')
    .selectAll()
    .where('tenantId', '=', chainId)
    .orderBy('occurredAt')
    .orderBy('id')
    .limit(batchSize)
    .execute();
  if (pending.length === 0) return 0;
  let { lastSequence: sequence, lastHash: previousHash } = head;
  const rows = pending.map((event) => {
    sequence += 1n;
    const unhashed = { ...event, sequence, previousHash };
    const hash = hashOfAuditEvent(unhashed);
    previousHash = hash;
    return { ...unhashed, hash };
  });
  const stored = await trx
    .insertInto('auditEvent')
    .values(
      rows.map((row) => ({
        ...row,
        before: row.before === null ? null : JSON.stringify(row.before),
        after: row.after === null ? null : JSON.stringify(row.after),
      })),
    )
    .returningAll()
    .execute();
  // A value the database keeps differently from how it was hashed would read as tampering later.
  for (const event of stored) {
    if (hashOfAuditEvent(event) !== event.hash) throw new Error(`Audit event ${event.id} would not verify as stored`);
  }
  await trx
    .deleteFrom('auditEventPending')
    .where('tenantId', '=', chainId)
    .where(
      'id',
      'in',
      pending.map((event) => event.id),
    )
    .execute();
  await trx
    .updateTable('auditChain')
    .set({ lastSequence: sequence, lastHash: previousHash })
    .where('tenantId', '=', chainId)
    .execute();
  return pending.length;
}

async function lockChainHead(trx: Transaction<Database>, chainId: string) {
  const lock = () => trx.selectFrom('auditChain').selectAll().where('tenantId', '=', chainId).forUpdate();
  const head = await lock().executeTakeFirst();
  if (head) return head;
  // Two first links race here: the loser's insert waits for the winner's, then locks its row.
  await trx
    .insertInto('auditChain')
    .values({ tenantId: chainId, lastSequence: 0n, lastHash: genesisHash })
    .onConflict((conflict) => conflict.column('tenantId').doNothing())
    .execute();
  return lock().executeTakeFirstOrThrow();
}

/**
 * The chains with events waiting to be linked, read by the owner: row-level security hides
 * pending events from the application role, which has no tenant bound here.
 */
export async function chainsWithPendingEvents(owner: Kysely<Database>): Promise<string[]> {
  const chains = await owner.selectFrom('auditEventPending').select('tenantId').distinct().execute();
  return chains.map((chain) => chain.tenantId);
}
