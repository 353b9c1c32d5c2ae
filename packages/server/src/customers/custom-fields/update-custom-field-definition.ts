import type { UpdateCustomFieldDefinition } from '@utilis/contracts';
import { type CustomFieldChangeError, decideCustomFieldChange, fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import {
  selectCustomFieldDefinition,
  selectCustomFieldUsage,
  updateCustomFieldDefinitionRow,
} from './custom-field.sql.ts';
import type { CustomFieldDefinitionRow } from './custom-field.tables.ts';
import { toCustomFieldDefinition } from './custom-field-dto.ts';
import { refreshSearchText } from './refresh-search-text.ts';

type FieldChange = { fieldId: string; changes: UpdateCustomFieldDefinition };

/**
 * Relabels, reorders, retires or retypes a field. Its type is fixed once it has values, and a
 * choice still held by a value stays; search texts follow searchable, retired and label changes.
 */
export const updateCustomFieldDefinition = defineCommand<
  FieldChange,
  CustomFieldDefinitionRow,
  'custom_field_not_found' | CustomFieldChangeError
>({
  name: 'custom_field.update',
  entity: 'custom_field',
  permission: 'tenants.manage',
  entityId: ({ fieldId }) => fieldId,
  // The lock keeps a value from being written between the usage check and the new type.
  before: async ({ trx, tenant }, { fieldId }) => {
    const field = await selectCustomFieldDefinition(trx, { tenantId: tenant.id, fieldId }, { lock: true });
    return field ? toCustomFieldDefinition(field) : null;
  },
  audited: (field) => toCustomFieldDefinition(field),
  execute: async ({ trx, tenant, now }, { fieldId, changes }) => {
    const ref = { tenantId: tenant.id, fieldId };
    const current = await selectCustomFieldDefinition(trx, ref, { lock: true });
    if (!current) return fail('custom_field_not_found');
    const usage = await selectCustomFieldUsage(trx, { ...ref, type: current.type });
    const decided = decideCustomFieldChange(current, changes, usage);
    if (!decided.ok) return decided;
    const { type, choices } = decided.value;
    const field = await updateCustomFieldDefinitionRow(trx, ref, {
      label: changes.label ?? current.label,
      type,
      choices: choices === null ? null : JSON.stringify(choices),
      isRequired: changes.isRequired ?? current.isRequired,
      isSearchable: changes.isSearchable ?? current.isSearchable,
      isRetired: changes.isRetired ?? current.isRetired,
      position: changes.position ?? current.position,
      updatedAt: new Date(now().epochMilliseconds),
    });
    await refreshSearchText(trx, field);
    return ok(field);
  },
});
