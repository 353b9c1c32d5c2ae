import type { AuditEvent } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { pageFrom } from '../http/page-cursor.ts';
import { toAuditEvent } from './audit-event-dto.ts';

export interface AuditEventFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  /** Events at or after this instant. */
  from?: string | undefined;
  /** Events before this instant. */
  to?: string | undefined;
}

/** One chain's events, newest first; beforeSequence is the last sequence of the previous page. */
export async function listAuditEvents(
  trx: Transaction<Database>,
  {
    chainId,
    limit,
    beforeSequence,
    filter,
  }: { chainId: string; limit: number; beforeSequence?: bigint | undefined; filter: AuditEventFilter },
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  let query = trx
    .selectFrom('auditEvent')
    .selectAll()
    .where('tenantId', '=', chainId)
    .orderBy('sequence', 'desc')
    .limit(limit + 1);
  if (beforeSequence !== undefined) query = query.where('sequence', '<', beforeSequence);
  if (filter.entityType !== undefined) query = query.where('entityType', '=', filter.entityType);
  if (filter.entityId !== undefined) query = query.where('entityId', '=', filter.entityId);
  if (filter.actorId !== undefined) query = query.where('actorId', '=', filter.actorId);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.from !== undefined) query = query.where('occurredAt', '>=', new Date(filter.from));
  if (filter.to !== undefined) query = query.where('occurredAt', '<', new Date(filter.to));
  const rows = await query.execute();
  return pageFrom(rows, { limit, toItem: toAuditEvent, keyOf: (row) => row.sequence.toString() });
}
