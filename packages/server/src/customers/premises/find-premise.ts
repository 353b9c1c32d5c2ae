import type { PremiseWithServicePoints } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toPremise, toServicePoint } from './premise-dto.ts';

/** A premise with its service points, by kind. */
export async function findPremise(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, premiseId }: { tenantId: string; premiseId: string },
): Promise<PremiseWithServicePoints | undefined> {
  return withTenant(db, tenantId, async (trx) => {
    const premise = await trx
      .selectFrom('premise')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('id', '=', premiseId)
      .executeTakeFirst();
    if (!premise) return undefined;
    const servicePoints = await trx
      .selectFrom('servicePoint')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('premiseId', '=', premiseId)
      .orderBy('kind')
      .execute();
    return { ...toPremise(premise), servicePoints: servicePoints.map(toServicePoint) };
  });
}
