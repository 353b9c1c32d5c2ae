import type { CreateCustomFieldDefinition, CustomFieldDefinition } from '@utilis/contracts';
import { checkChoices, fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toCustomFieldDefinition } from './custom-field-dto.ts';

/** Adds a field to a tenant's parties, accounts or premises; its key is fixed from now on. */
export async function createCustomFieldDefinition(
  { db, now, newId }: UseCaseDeps,
  { tenantId, input }: { tenantId: string; input: CreateCustomFieldDefinition },
): Promise<Result<CustomFieldDefinition, 'custom_field_key_taken' | 'custom_field_choices_invalid'>> {
  const choices = checkChoices(input.type, input.choices);
  if (!choices.ok) return choices;
  const createdAt = new Date(now().epochMilliseconds);
  return withTenant(db, tenantId, async (trx) => {
    const row = await trx
      .insertInto('customFieldDefinition')
      .values({
        tenantId,
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
      })
      .onConflict((conflict) => conflict.columns(['tenantId', 'entity', 'key']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) return fail('custom_field_key_taken', `The ${input.entity} fields already have the key ${input.key}`);
    return ok(toCustomFieldDefinition(row));
  });
}
