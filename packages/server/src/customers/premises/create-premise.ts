import type { CreatePremise, PremiseWithServicePoints } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toPremise } from './premise-dto.ts';

/** Records an address; a unit names its building as parentPremiseId. */
export async function createPremise(
  { db, now, newId }: UseCaseDeps,
  { tenantId, input }: { tenantId: string; input: CreatePremise },
): Promise<Result<PremiseWithServicePoints, 'premise_not_found' | 'premise_reference_taken'>> {
  const createdAt = new Date(now().epochMilliseconds);
  return withTenant(db, tenantId, async (trx) => {
    if (input.parentPremiseId) {
      const parent = await trx
        .selectFrom('premise')
        .select('id')
        .where('tenantId', '=', tenantId)
        .where('id', '=', input.parentPremiseId)
        .executeTakeFirst();
      if (!parent) return fail('premise_not_found', `No building premise ${input.parentPremiseId}`);
    }
    const row = await trx
      .insertInto('premise')
      .values({
        tenantId,
        id: newId(),
        parentPremiseId: input.parentPremiseId ?? null,
        reference: input.reference ?? null,
        addressLine1: input.addressLine1,
        addressLine2: input.addressLine2 ?? null,
        city: input.city,
        postalCode: input.postalCode ?? null,
        country: input.country,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        areaM2: input.areaM2 ?? null,
        rooms: input.rooms ?? null,
        occupants: input.occupants ?? null,
        districtMeteredAreaCode: input.districtMeteredAreaCode ?? null,
        createdAt,
        updatedAt: createdAt,
      })
      .onConflict((conflict) =>
        conflict.columns(['tenantId', 'reference']).where('reference', 'is not', null).doNothing(),
      )
      .returningAll()
      .executeTakeFirst();
    if (!row) return fail('premise_reference_taken', `Another premise already has the reference ${input.reference}`);
    return ok({ ...toPremise(row), servicePoints: [] });
  });
}
