import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomFieldRule } from './custom-field.ts';
import { decideCustomValues } from './decide-custom-values.ts';

const rule = (id: string, more: Partial<CustomFieldRule> = {}): CustomFieldRule => ({
  id,
  key: id,
  type: 'text',
  choices: null,
  isRequired: false,
  isSearchable: false,
  isRetired: false,
  ...more,
});

const fields = [
  rule('note'),
  rule('meter_room', { isRequired: true }),
  rule('floors', { type: 'number' }),
  rule('old_code', { isRetired: true }),
];

describe('decideCustomValues', () => {
  it('stores changed values and clears null or blank ones, leaving other keys alone', () => {
    const decided = decideCustomValues({
      fields,
      filledFieldIds: new Set(['meter_room', 'note']),
      changes: { floors: '3', note: '  ' },
    });
    expect(decided).toEqual({
      ok: true,
      value: {
        set: [{ fieldId: 'floors', value: { valueText: null, valueNumber: '3', valueDate: null, searchText: null } }],
        clear: ['note'],
      },
    });
  });

  it('refuses an unknown key, a retired field, and a bad value, naming the key', () => {
    const filledFieldIds = new Set(['meter_room']);
    expect(decideCustomValues({ fields, filledFieldIds, changes: { colour: 'red' } })).toMatchObject({
      ok: false,
      code: 'custom_field_key_unknown',
    });
    expect(decideCustomValues({ fields, filledFieldIds, changes: { old_code: 'x' } })).toMatchObject({
      ok: false,
      code: 'custom_field_retired',
    });
    expect(decideCustomValues({ fields, filledFieldIds, changes: { floors: 'three' } })).toEqual({
      ok: false,
      code: 'custom_field_value_invalid',
      detail: 'floors: Expected an exact decimal such as 12.5',
    });
  });

  it('refuses to leave a required field empty, but ignores retired required ones', () => {
    expect(decideCustomValues({ fields, filledFieldIds: new Set(), changes: { note: 'x' } })).toMatchObject({
      ok: false,
      code: 'custom_field_required',
    });
    expect(
      decideCustomValues({ fields, filledFieldIds: new Set(['meter_room']), changes: { meter_room: null } }),
    ).toMatchObject({ ok: false, code: 'custom_field_required' });
    const retiredRequired = [rule('gone', { isRequired: true, isRetired: true })];
    expect(decideCustomValues({ fields: retiredRequired, filledFieldIds: new Set(), changes: {} })).toMatchObject({
      ok: true,
    });
  });

  it('when accepted, every required live field is filled afterwards and only known keys are written', () => {
    const live = fields.filter((field) => !field.isRetired);
    fc.assert(
      fc.property(
        fc.subarray(fields.map((field) => field.id)),
        fc.dictionary(fc.constantFrom('note', 'meter_room', 'floors', 'old_code', 'colour'), fc.option(fc.string())),
        (filled, changes) => {
          const decided = decideCustomValues({ fields, filledFieldIds: new Set(filled), changes });
          if (!decided.ok) return true;
          const after = new Set(filled);
          for (const id of decided.value.clear) after.delete(id);
          for (const { fieldId } of decided.value.set) after.add(fieldId);
          const written = [...decided.value.clear, ...decided.value.set.map((each) => each.fieldId)];
          return (
            live.every((field) => !field.isRequired || after.has(field.id)) &&
            written.every((id) => live.some((field) => field.id === id && field.key in changes))
          );
        },
      ),
    );
  });
});
