import type { CustomFieldDefinition } from '@utilis/contracts';
import type { CustomFieldDefinitionRow } from './custom-field.tables.ts';

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
