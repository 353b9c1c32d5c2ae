import type { CreateServicePoint, ServicePoint } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toServicePoint } from './premise-dto.ts';

/** Adds where a service is delivered at a premise; one per kind. */
export async function addServicePoint(
  { db, now, newId }: UseCaseDeps,
  { tenantId, premiseId, input }: { tenantId: string; premiseId: string; input: CreateServicePoint },
): Promise<Result<ServicePoint, 'premise_not_found' | 'service_point_kind_taken'>> {
  return withTenant(db, tenantId, async (trx) => {
    const premise = await trx
      .selectFrom('premise')
      .select('id')
      .where('tenantId', '=', tenantId)
      .where('id', '=', premiseId)
      .executeTakeFirst();
    if (!premise) return fail('premise_not_found');
    const row = await trx
      .insertInto('servicePoint')
      .values({ tenantId, id: newId(), premiseId, kind: input.kind, createdAt: new Date(now().epochMilliseconds) })
      .onConflict((conflict) => conflict.columns(['tenantId', 'premiseId', 'kind']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) return fail('service_point_kind_taken', `The premise already has a ${input.kind} service point`);
    return ok(toServicePoint(row));
  });
}
