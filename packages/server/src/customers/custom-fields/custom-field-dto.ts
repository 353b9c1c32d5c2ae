import type { CustomFieldDefinition, CustomFieldEntity, CustomFieldValues } from '@utilis/contracts';
import { typedTextOf } from '@utilis/domain';
import type { CustomFieldDefinitionRow, CustomFieldValueRow } from './custom-field.tables.ts';

export const toCustomFieldDefinition = (row: CustomFieldDefinitionRow): CustomFieldDefinition => ({
  id: row.id,
  tenantId: row.tenantId,
  entity: row.entity,
  key: row.key,
  label: row.label,
  type: row.type,
  choices: row.choices,
  isRequired: row.isRequired,
  isSearchable: row.isSearchable,
  isRetired: row.isRetired,
  position: row.position,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** An entity's fields in form order with its stored values, as read. */
export interface StoredCustomFieldValues {
  readonly entity: CustomFieldEntity;
  readonly entityId: string;
  readonly definitions: readonly CustomFieldDefinitionRow[];
  readonly values: readonly Pick<CustomFieldValueRow, 'fieldId' | 'valueText' | 'valueNumber' | 'valueDate'>[];
}

/** Live fields, and retired ones still holding a value, each with its value as typed text (null for none). */
export function toCustomFieldValues({
  entity,
  entityId,
  definitions,
  values,
}: StoredCustomFieldValues): CustomFieldValues {
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
