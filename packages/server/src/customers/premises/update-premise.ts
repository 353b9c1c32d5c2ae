import type { UpdatePremise } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import type { Transaction } from 'kysely';
import { defineCommand } from '../../commands/index.ts';
import type { Database } from '../../db/index.ts';
import { findPremise } from './find-premise.ts';
import { selectParentPremiseId, selectPremise, selectServicePointsOf, updatePremiseRow } from './premise.sql.ts';
import { type StoredPremise, toPremiseWithServicePoints } from './premise-dto.ts';

// Deeper than any real building → unit → room chain; stops a corrupt loop from spinning.
const maxDepth = 64;

type PremiseChange = { premiseId: string; changes: UpdatePremise };

/** Changes an address or its figures; moving it under a building refuses a loop. */
export const updatePremise = defineCommand<
  PremiseChange,
  StoredPremise,
  'premise_not_found' | 'premise_cannot_contain_itself' | 'premise_reference_taken'
>({
  name: 'premise.update',
  entity: 'premise',
  permission: 'accounts.edit',
  entityId: ({ premiseId }) => premiseId,
  // Locked from here on, so the "before" is what this change replaces.
  before: async ({ trx, tenant }, { premiseId }) => {
    const stored = await findPremise(trx, { tenantId: tenant.id, premiseId }, { lock: true });
    return stored ? toPremiseWithServicePoints(stored) : null;
  },
  audited: (premise) => toPremiseWithServicePoints(premise),
  execute: async ({ trx, tenant, now }, { premiseId, changes }) => {
    const ref = { tenantId: tenant.id, premiseId };
    if (!(await selectPremise(trx, ref, { lock: true }))) return fail('premise_not_found');
    const building = await checkBuilding(trx, ref, changes.parentPremiseId ?? null);
    if (!building.ok) return building;
    const premise = await updatePremiseRow(trx, ref, { ...changes, updatedAt: new Date(now().epochMilliseconds) });
    if (!premise) {
      return fail('premise_reference_taken', `Another premise already has the reference ${changes.reference}`);
    }
    return ok({ premise, servicePoints: await selectServicePointsOf(trx, ref) });
  },
});

/** Walks up from the new building: it must exist, and the premise must not be one of its own buildings. */
async function checkBuilding(
  trx: Transaction<Database>,
  { tenantId, premiseId }: { tenantId: string; premiseId: string },
  parentPremiseId: string | null,
) {
  let ancestor = parentPremiseId;
  for (let depth = 0; ancestor !== null; depth++) {
    if (ancestor === premiseId || depth > maxDepth) return fail('premise_cannot_contain_itself');
    const above = await selectParentPremiseId(trx, { tenantId, premiseId: ancestor });
    if (above === undefined) return fail('premise_not_found', `No building premise ${ancestor}`);
    ancestor = above;
  }
  return ok(undefined);
}
