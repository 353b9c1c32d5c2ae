import { permissions } from '@utilis/contracts';
import type { HeldGrant } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { CommandOrigin } from '../commands/index.ts';
import type { Database } from '../db/index.ts';
import { loadGrants, loadKeyGrants } from './load-grants.ts';

// The operator at the console (or a job, or the demo seeding) holds every permission everywhere.
const operatorGrant: HeldGrant = {
  scope: 'deployment',
  tenantGroupId: null,
  tenantId: null,
  branchCode: null,
  permissions: [...permissions],
};

/**
 * What the actor of a command holds, read in the command's transaction: a person or key hands
 * out, and builds roles from, only what they hold at that moment.
 */
export async function actorGrants(trx: Transaction<Database>, origin: CommandOrigin): Promise<readonly HeldGrant[]> {
  if (origin.permissions === 'all') return [operatorGrant];
  const { kind, id } = origin.actor;
  if (id === null) return [];
  if (kind === 'user') return loadGrants(trx, id);
  if (kind === 'api_key') return loadKeyGrants(trx, id);
  return [];
}
