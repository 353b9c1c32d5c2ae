import type { CustomFieldEntity, CustomFieldValues } from '@utilis/contracts';
import { typedTextOf } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { toCustomFieldDefinition } from './custom-field-dto.ts';

/** An entity's fields in form order with their values: live fields, and retired ones still holding a value. */
export async function readCustomFieldValues(
  trx: Transaction<Database>,
  { tenantId, entity, entityId }: { tenantId: string; entity: CustomFieldEntity; entityId: string },
): Promise<CustomFieldValues> {
  const definitions = await trx
    .selectFrom('customFieldDefinition')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('entity', '=', entity)
    .orderBy('position')
    .orderBy('key')
    .execute();
  const values = await trx
    .selectFrom('customFieldValue')
    .select(['fieldId', 'valueText', 'valueNumber', 'valueDate'])
    .where('tenantId', '=', tenantId)
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .execute();
  const typedValueOf = new Map(values.map((value) => [value.fieldId, typedTextOf(value)]));
  return {
    entity,
    entityId,
    fields: definitions
      .filter((definition) => !definition.isRetired || typedValueOf.has(definition.id))
      .map((definition) => ({
        field: toCustomFieldDefinition(definition),
        value: typedValueOf.get(definition.id) ?? null,
      })),
  };
}
