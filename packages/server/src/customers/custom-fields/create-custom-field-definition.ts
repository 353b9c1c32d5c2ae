import type { CreateCustomFieldDefinition } from '@utilis/contracts';
import { checkChoices, fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { insertCustomFieldDefinition } from './custom-field.sql.ts';
import type { CustomFieldDefinitionRow } from './custom-field.tables.ts';
import { toCustomFieldDefinition } from './custom-field-dto.ts';

/** Adds a field to a tenant's parties, accounts or premises; its key is fixed from now on. */
export const createCustomFieldDefinition = defineCommand<
  CreateCustomFieldDefinition,
  CustomFieldDefinitionRow,
  'custom_field_key_taken' | 'custom_field_choices_invalid'
>({
  name: 'custom_field.create',
  entity: 'custom_field',
  permission: 'tenants.manage',
  audited: (field) => toCustomFieldDefinition(field),
  execute: async ({ trx, tenant, now, newId }, input) => {
    const choices = checkChoices(input.type, input.choices);
    if (!choices.ok) return choices;
    const createdAt = new Date(now().epochMilliseconds);
    const field = await insertCustomFieldDefinition(trx, {
      tenantId: tenant.id,
      id: newId(),
      entity: input.entity,
      key: input.key,
      label: input.label,
      type: input.type,
      choices: choices.value === null ? null : JSON.stringify(choices.value),
      isRequired: input.isRequired ?? false,
      isSearchable: input.isSearchable ?? false,
      isRetired: false,
      position: input.position ?? 0,
      createdAt,
      updatedAt: createdAt,
    });
    if (!field) return fail('custom_field_key_taken', `The ${input.entity} fields already have the key ${input.key}`);
    return ok(field);
  },
});
