import type { Party } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toParty } from './party-dto.ts';

export async function findParty(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, partyId }: { tenantId: string; partyId: string },
): Promise<Party | undefined> {
  const row = await withTenant(db, tenantId, (trx) =>
    trx.selectFrom('party').selectAll().where('tenantId', '=', tenantId).where('id', '=', partyId).executeTakeFirst(),
  );
  return row && toParty(row);
}
