import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** The tenants of these groups, each with its group: where a group-wide grant reaches. */
export async function tenantsInGroups(
  trx: Transaction<Database>,
  groupIds: readonly string[],
): Promise<{ id: string; groupId: string }[]> {
  if (groupIds.length === 0) return [];
  const rows = await trx.selectFrom('tenant').select(['id', 'groupId']).where('groupId', 'in', groupIds).execute();
  return rows.flatMap((row) => (row.groupId === null ? [] : [{ id: row.id, groupId: row.groupId }]));
}
