import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { pageFrom } from '../../http/page-cursor.ts';
import { selectParties } from './party.sql.ts';
import type { PartyRow } from './party.tables.ts';

/** Newest first (ids are time-ordered UUIDv7); beforeId is the last id of the previous page. */
export async function listParties(
  trx: Transaction<Database>,
  filter: { tenantId: string; limit: number; beforeId?: string | undefined; nameContains?: string | undefined },
): Promise<{ items: PartyRow[]; nextCursor: string | null }> {
  const rows = await selectParties(trx, filter);
  return pageFrom(rows, { limit: filter.limit, toItem: (row) => row, keyOf: (row) => row.id });
}
