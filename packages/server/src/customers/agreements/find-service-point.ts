import type { ServicePointWithAgreements } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toAgreement } from './agreement-dto.ts';

/** A service point with its agreement history, oldest first. */
export async function findServicePoint(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, servicePointId }: { tenantId: string; servicePointId: string },
): Promise<ServicePointWithAgreements | undefined> {
  return withTenant(db, tenantId, async (trx) => {
    const servicePoint = await trx
      .selectFrom('servicePoint')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('id', '=', servicePointId)
      .executeTakeFirst();
    if (!servicePoint) return undefined;
    const agreements = await trx
      .selectFrom('agreement')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('servicePointId', '=', servicePointId)
      .orderBy('startOn')
      .execute();
    return {
      id: servicePoint.id,
      tenantId: servicePoint.tenantId,
      premiseId: servicePoint.premiseId,
      kind: servicePoint.kind,
      createdAt: servicePoint.createdAt.toISOString(),
      agreements: agreements.map(toAgreement),
    };
  });
}
