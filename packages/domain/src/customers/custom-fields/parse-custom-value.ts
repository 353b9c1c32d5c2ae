import { Temporal } from 'temporal-polyfill';
import * as exact from '../../numbers/rational.ts';
import { fail, ok, type Result } from '../../result.ts';
import { unreachable } from '../../unreachable.ts';
import type { CustomFieldRule, StoredCustomValue } from './custom-field.ts';

/** Longest text value; longer notes belong in documents, not in a field. */
export const customTextMaxLength = 2000;
const numberPattern = /^[+-]?(\d{1,20})(?:\.(\d{1,10}))?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks one value as typed (all values travel as text) against its field and returns what to
 * store: a trimmed text, an exact decimal in its shortest form ("1.50" → "1.5", never a float),
 * a real calendar date, or a choice code among the field's choices. Blank text is not a value:
 * callers treat it as clearing the field.
 */
export function parseCustomValue(
  field: Pick<CustomFieldRule, 'type' | 'choices' | 'isSearchable' | 'isRetired'>,
  typed: string,
): Result<StoredCustomValue, 'custom_field_value_invalid'> {
  const text = typed.trim();
  if (text === '') return fail('custom_field_value_invalid', 'A value cannot be blank');
  switch (field.type) {
    case 'text': {
      if (text.length > customTextMaxLength) {
        return fail('custom_field_value_invalid', `Text longer than ${customTextMaxLength} characters`);
      }
      return ok(stored(field, { valueText: text, valueNumber: null, valueDate: null }));
    }
    case 'number': {
      const match = numberPattern.exec(text);
      if (!match) return fail('custom_field_value_invalid', 'Expected an exact decimal such as 12.5');
      const canonical = exact.toText(exact.rational(text), match[2]?.length ?? 0);
      return ok(stored(field, { valueText: null, valueNumber: canonical, valueDate: null }));
    }
    case 'date': {
      if (!isCalendarDate(text)) return fail('custom_field_value_invalid', 'Expected a date as YYYY-MM-DD');
      return ok(stored(field, { valueText: null, valueNumber: null, valueDate: text }));
    }
    case 'choice': {
      const choice = field.choices?.find((each) => each.code === text);
      if (!choice) return fail('custom_field_value_invalid', `${text} is not one of the field's choices`);
      return ok(stored(field, { valueText: choice.code, valueNumber: null, valueDate: null }));
    }
    default:
      return unreachable(field.type);
  }
}

/** The text a search compares for a value: what people see, and only for searchable, live fields. */
export function searchTextOf(
  field: Pick<CustomFieldRule, 'type' | 'choices' | 'isSearchable' | 'isRetired'>,
  value: Pick<StoredCustomValue, 'valueText' | 'valueNumber' | 'valueDate'>,
): string | null {
  if (!field.isSearchable || field.isRetired) return null;
  switch (field.type) {
    case 'text':
      return value.valueText;
    case 'number':
      return value.valueNumber;
    case 'date':
      return value.valueDate;
    case 'choice':
      return field.choices?.find((each) => each.code === value.valueText)?.label ?? value.valueText;
    default:
      return unreachable(field.type);
  }
}

/** The value as it travels: the one typed column, as text. */
export const typedTextOf = (value: Pick<StoredCustomValue, 'valueText' | 'valueNumber' | 'valueDate'>): string =>
  value.valueText ?? value.valueNumber ?? value.valueDate ?? '';

function stored(
  field: Pick<CustomFieldRule, 'type' | 'choices' | 'isSearchable' | 'isRetired'>,
  value: Omit<StoredCustomValue, 'searchText'>,
): StoredCustomValue {
  return { ...value, searchText: searchTextOf(field, value) };
}

function isCalendarDate(text: string): boolean {
  if (!datePattern.test(text)) return false;
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}
