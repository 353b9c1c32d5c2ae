import { fail, ok, type Result } from '../../result.ts';
import type { CustomFieldChoice, CustomFieldRule, CustomFieldType } from './custom-field.ts';

export type CustomFieldChangeError =
  | 'custom_field_type_locked'
  | 'custom_field_choices_invalid'
  | 'custom_field_choice_in_use';

/** A choice field has at least one choice, codes unique; other types have none. */
export function checkChoices(
  type: CustomFieldType,
  choices: readonly CustomFieldChoice[] | null | undefined,
): Result<readonly CustomFieldChoice[] | null, 'custom_field_choices_invalid'> {
  if (type !== 'choice') {
    return choices?.length ? fail('custom_field_choices_invalid', `A ${type} field has no choices`) : ok(null);
  }
  if (!choices?.length) return fail('custom_field_choices_invalid', 'A choice field needs at least one choice');
  const codes = new Set(choices.map((choice) => choice.code));
  if (codes.size !== choices.length) return fail('custom_field_choices_invalid', 'Two choices share a code');
  return ok(choices);
}

/**
 * The type and choices a field has after an edit. Values are never converted: once a field has
 * values its type is fixed, and a choice some value still uses cannot be removed.
 */
export function decideCustomFieldChange(
  current: Pick<CustomFieldRule, 'type' | 'choices'>,
  changes: { type?: CustomFieldType; choices?: readonly CustomFieldChoice[] | null },
  usage: { hasValues: boolean; codesInUse: ReadonlySet<string> },
): Result<{ type: CustomFieldType; choices: readonly CustomFieldChoice[] | null }, CustomFieldChangeError> {
  const type = changes.type ?? current.type;
  if (type !== current.type && usage.hasValues) {
    return fail('custom_field_type_locked', `The field has values: its type stays ${current.type}`);
  }
  const wanted = changes.choices !== undefined ? changes.choices : type === current.type ? current.choices : null;
  const choices = checkChoices(type, wanted);
  if (!choices.ok) return choices;
  if (type === 'choice') {
    const kept = new Set(choices.value?.map((choice) => choice.code));
    const removed = [...usage.codesInUse].filter((code) => !kept.has(code));
    if (removed.length) return fail('custom_field_choice_in_use', `Values still use ${removed.sort().join(', ')}`);
  }
  return ok({ type, choices: choices.value });
}
