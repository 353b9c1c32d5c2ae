import type { CustomFieldEntity, CustomFieldValues } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { type EntityNotFound, entityNotFound, isEntityInReach } from './entity-in-reach.ts';
import { readCustomFieldValues } from './read-custom-field-values.ts';

/** The custom field values of a party, account or premise the caller may read. */
export async function findCustomFieldValues(
  { db }: Pick<UseCaseDeps, 'db'>,
  target: { tenantId: string; entity: CustomFieldEntity; entityId: string; branches: ReadonlySet<string> | null },
): Promise<Result<CustomFieldValues, EntityNotFound>> {
  return withTenant(db, target.tenantId, async (trx) => {
    if (!(await isEntityInReach(trx, { ...target, isForUpdate: false }))) return fail(entityNotFound[target.entity]);
    return ok(await readCustomFieldValues(trx, target));
  });
}
