import type { CreatePremise } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { insertPremise, selectPremise } from './premise.sql.ts';
import type { PremiseRow } from './premise.tables.ts';
import { toNewPremise } from './premise-dto.ts';

/** Records an address; a unit names its building as parentPremiseId. */
export const createPremise = defineCommand<CreatePremise, PremiseRow, 'premise_not_found' | 'premise_reference_taken'>({
  name: 'premise.create',
  entity: 'premise',
  permission: 'accounts.edit',
  audited: (premise) => toNewPremise(premise),
  execute: async ({ trx, tenant, now, newId }, input) => {
    const tenantId = tenant.id;
    if (input.parentPremiseId && !(await selectPremise(trx, { tenantId, premiseId: input.parentPremiseId }))) {
      return fail('premise_not_found', `No building premise ${input.parentPremiseId}`);
    }
    const createdAt = new Date(now().epochMilliseconds);
    const premise = await insertPremise(trx, {
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
    });
    if (!premise)
      return fail('premise_reference_taken', `Another premise already has the reference ${input.reference}`);
    return ok(premise);
  },
});
