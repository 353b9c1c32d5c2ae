import type { CustomFieldEntity, CustomFieldValues } from '@utilis/contracts';
import { type CustomValuesError, decideCustomValues, fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { type EntityNotFound, entityNotFound, isEntityInReach } from './entity-in-reach.ts';
import { readCustomFieldValues } from './read-custom-field-values.ts';

/** Sets or clears some custom field values of a party, account or premise; keys left out keep theirs. */
export async function setCustomFieldValues(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  {
    tenantId,
    entity,
    entityId,
    branches,
    changes,
  }: {
    tenantId: string;
    entity: CustomFieldEntity;
    entityId: string;
    branches: ReadonlySet<string> | null;
    changes: Readonly<Record<string, string | null>>;
  },
): Promise<Result<CustomFieldValues, EntityNotFound | CustomValuesError>> {
  const updatedAt = new Date(now().epochMilliseconds);
  return withTenant(db, tenantId, async (trx) => {
    if (!(await isEntityInReach(trx, { tenantId, entity, entityId, branches, isForUpdate: true }))) {
      return fail(entityNotFound[entity]);
    }
    // Shared locks: a definition's type cannot change while values of it are being written.
    const fields = await trx
      .selectFrom('customFieldDefinition')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('entity', '=', entity)
      .forShare()
      .execute();
    const filled = await trx
      .selectFrom('customFieldValue')
      .select('fieldId')
      .where('tenantId', '=', tenantId)
      .where('entity', '=', entity)
      .where('entityId', '=', entityId)
      .execute();
    const decided = decideCustomValues({
      fields,
      filledFieldIds: new Set(filled.map((row) => row.fieldId)),
      changes,
    });
    if (!decided.ok) return decided;
    const { set, clear } = decided.value;
    if (clear.length) {
      await trx
        .deleteFrom('customFieldValue')
        .where('tenantId', '=', tenantId)
        .where('entity', '=', entity)
        .where('entityId', '=', entityId)
        .where('fieldId', 'in', clear)
        .execute();
    }
    if (set.length) {
      await trx
        .insertInto('customFieldValue')
        .values(set.map(({ fieldId, value }) => ({ tenantId, entity, entityId, fieldId, ...value, updatedAt })))
        .onConflict((conflict) =>
          conflict.columns(['tenantId', 'entity', 'entityId', 'fieldId']).doUpdateSet((eb) => ({
            valueText: eb.ref('excluded.valueText'),
            valueNumber: eb.ref('excluded.valueNumber'),
            valueDate: eb.ref('excluded.valueDate'),
            searchText: eb.ref('excluded.searchText'),
            updatedAt: eb.ref('excluded.updatedAt'),
          })),
        )
        .execute();
    }
    return ok(await readCustomFieldValues(trx, { tenantId, entity, entityId }));
  });
}
