import { fail, ok, type Result } from '../../result.ts';
import type { CustomFieldRule, StoredCustomValue } from './custom-field.ts';
import { parseCustomValue } from './parse-custom-value.ts';

export type CustomValuesError =
  | 'custom_field_key_unknown'
  | 'custom_field_retired'
  | 'custom_field_value_invalid'
  | 'custom_field_required';

/** What to write for one entity: values to store by field id, and fields to clear. */
export interface CustomValuesDecision {
  readonly set: ReadonlyArray<{ readonly fieldId: string; readonly value: StoredCustomValue }>;
  readonly clear: readonly string[];
}

/**
 * Applies changes (field key → typed text, or null / blank to clear) to an entity's values.
 * Keys left out keep their value. Refused: a key the entity's fields do not have, a change to a
 * retired field (its value stays readable, frozen), a value its field's type rejects, and a
 * required live field left without a value once the changes are applied.
 */
export function decideCustomValues({
  fields,
  filledFieldIds,
  changes,
}: {
  /** Every field defined for the entity's kind, retired ones included. */
  fields: readonly CustomFieldRule[];
  /** The fields the entity has a value for now. */
  filledFieldIds: ReadonlySet<string>;
  changes: Readonly<Record<string, string | null>>;
}): Result<CustomValuesDecision, CustomValuesError> {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const set: Array<{ fieldId: string; value: StoredCustomValue }> = [];
  const clear: string[] = [];
  const filled = new Set(filledFieldIds);
  for (const [key, typed] of Object.entries(changes)) {
    const field = byKey.get(key);
    if (!field) return fail('custom_field_key_unknown', `No custom field ${key}`);
    if (field.isRetired) return fail('custom_field_retired', `The custom field ${key} is retired`);
    if (typed === null || typed.trim() === '') {
      clear.push(field.id);
      filled.delete(field.id);
      continue;
    }
    const parsed = parseCustomValue(field, typed);
    if (!parsed.ok) return fail(parsed.code, `${key}: ${parsed.detail ?? parsed.code}`);
    set.push({ fieldId: field.id, value: parsed.value });
    filled.add(field.id);
  }
  const missing = fields.find((field) => field.isRequired && !field.isRetired && !filled.has(field.id));
  if (missing) return fail('custom_field_required', `The custom field ${missing.key} needs a value`);
  return ok({ set, clear });
}
