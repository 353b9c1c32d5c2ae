import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/index.ts';
import { withTenant } from '../db/index.ts';
import { genesisHash, hashOfAuditEvent } from './audit-event-hash.ts';
import { deploymentChain } from './deployment-chain.ts';

export interface BrokenLink {
  /** The chain: a tenant id, or the zero uuid for the deployment chain. */
  tenantId: string;
  sequence: bigint;
  problem: 'hash_mismatch' | 'previous_hash_mismatch' | 'sequence_gap' | 'head_mismatch';
  /** What is wrong, in a sentence an operator can act on. */
  reason: string;
}

export interface ChainVerification {
  eventCount: number;
  chainCount: number;
  /** The first link that does not hold, in tenant then sequence order; null when every chain verifies. */
  broken: BrokenLink | null;
}

const pageSize = 1000;

/**
 * Walks one chain or every chain in sequence order, recomputing each event's hash and its link to
 * the one before, and checks the chain head. It only reads, and binds each chain's tenant as the
 * application does, so it works as the application role and as the (non-superuser) owner alike.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  {
    tenantId,
    expectedChains = [],
  }: {
    tenantId?: string | undefined;
    /** Chains that must exist and verify even if they hold nothing (every tenant's, say). */
    expectedChains?: readonly string[];
  } = {},
): Promise<ChainVerification> {
  const verification: ChainVerification = { eventCount: 0, chainCount: 0, broken: null };
  for (const chainId of tenantId === undefined ? await chainsOf(db, expectedChains) : [tenantId]) {
    const chain = await verifyChain(db, chainId);
    verification.eventCount += chain.eventCount;
    if (chain.exists) verification.chainCount += 1;
    if (chain.broken) return { ...verification, broken: chain.broken };
  }
  return verification;
}

// Every chain with a head or an event; a superuser also sees the chains of tenants that are gone.
async function chainsOf(db: Kysely<Database>, expected: readonly string[]): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select ${deploymentChain}::uuid as id
    union select tenant_id from audit_chain
    union select tenant_id from audit_event
    order by id`.execute(db);
  return [...new Set([...rows.map((row) => row.id), ...expected])].sort();
}

async function verifyChain(
  db: Kysely<Database>,
  chainId: string,
): Promise<{ exists: boolean; eventCount: number; broken: BrokenLink | null }> {
  // One snapshot, so events appended meanwhile neither appear half-way nor move the head.
  return withTenant(
    db,
    chainId,
    async (trx) => {
      const head = await trx.selectFrom('auditChain').selectAll().where('tenantId', '=', chainId).executeTakeFirst();
      let expected = 1n;
      let previousHash = genesisHash;
      const brokenAt = (sequence: bigint, problem: BrokenLink['problem'], reason: string) => ({
        exists: true,
        eventCount: Number(expected - 1n),
        broken: { tenantId: chainId, sequence, problem, reason },
      });
      for (;;) {
        const page = await trx
          .selectFrom('auditEvent')
          .selectAll()
          .where('tenantId', '=', chainId)
          .where('sequence', '>=', expected)
          .orderBy('sequence')
          .limit(pageSize)
          .execute();
        for (const event of page) {
          if (event.sequence !== expected) {
            return brokenAt(expected, 'sequence_gap', `the event is missing (the next one is ${event.sequence})`);
          }
          if (hashOfAuditEvent(event) !== event.hash) {
            return brokenAt(event.sequence, 'hash_mismatch', 'the event does not match its hash: it was altered');
          }
          if (event.previousHash !== previousHash) {
            return brokenAt(
              event.sequence,
              'previous_hash_mismatch',
              expected === 1n
                ? 'the first event does not start the chain'
                : `the event does not link to the hash of sequence ${expected - 1n}`,
            );
          }
          previousHash = event.hash;
          expected += 1n;
        }
        if (page.length < pageSize) break;
      }
      const last = expected - 1n;
      if (!head) {
        return last === 0n
          ? { exists: false, eventCount: 0, broken: null }
          : brokenAt(last, 'head_mismatch', 'the chain has events but no head row');
      }
      if (head.lastSequence > last) {
        return brokenAt(
          last + 1n,
          'sequence_gap',
          `the event is missing (the chain head records ${head.lastSequence})`,
        );
      }
      if (head.lastSequence < last || head.lastHash !== previousHash) {
        return brokenAt(
          last,
          'head_mismatch',
          `the chain head records sequence ${head.lastSequence} with another hash`,
        );
      }
      return { exists: true, eventCount: Number(last), broken: null };
    },
    { isolationLevel: 'repeatable read' },
  );
}
