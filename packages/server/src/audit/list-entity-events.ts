import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** What another context shows of a change to one of its entities: what, when and by whom. */
export interface EntityEvent {
  readonly id: string;
  readonly action: string;
  readonly occurredAt: Date;
  readonly actorLabel: string;
}

/**
 * The chained events of one entity, newest first, at most `limit` of them, in the caller's
 * transaction (the customer page reads a party's changes this way).
 */
export async function listEntityEvents(
  trx: Transaction<Database>,
  { chainId, entityType, entityId, limit }: { chainId: string; entityType: string; entityId: string; limit: number },
): Promise<EntityEvent[]> {
  return trx
    .selectFrom('auditEvent')
    .select(['id', 'action', 'occurredAt', 'actorLabel'])
    .where('tenantId', '=', chainId)
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('sequence', 'desc')
    .limit(limit)
    .execute();
}
