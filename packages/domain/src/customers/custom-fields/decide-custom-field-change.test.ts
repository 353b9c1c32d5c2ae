import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomFieldType } from './custom-field.ts';
import { checkChoices, decideCustomFieldChange } from './decide-custom-field-change.ts';

const colours = [
  { code: 'red', label: 'Red' },
  { code: 'blue', label: 'Blue' },
];
const unused = { hasValues: false, codesInUse: new Set<string>() };

describe('decideCustomFieldChange', () => {
  it('refuses a new type once the field has values, and allows it before', () => {
    const current = { type: 'text' as const, choices: null };
    expect(decideCustomFieldChange(current, { type: 'number' }, { ...unused, hasValues: true })).toMatchObject({
      ok: false,
      code: 'custom_field_type_locked',
    });
    expect(decideCustomFieldChange(current, { type: 'number' }, unused)).toEqual({
      ok: true,
      value: { type: 'number', choices: null },
    });
  });

  it('keeps the same type when values exist', () => {
    const current = { type: 'choice' as const, choices: colours };
    expect(
      decideCustomFieldChange(current, { type: 'choice' }, { hasValues: true, codesInUse: new Set(['red']) }),
    ).toEqual({ ok: true, value: { type: 'choice', choices: colours } });
  });

  it('refuses to drop a choice a value still uses, and accepts relabelling it', () => {
    const current = { type: 'choice' as const, choices: colours };
    const usage = { hasValues: true, codesInUse: new Set(['red']) };
    expect(decideCustomFieldChange(current, { choices: [{ code: 'blue', label: 'Blue' }] }, usage)).toMatchObject({
      ok: false,
      code: 'custom_field_choice_in_use',
    });
    expect(decideCustomFieldChange(current, { choices: [{ code: 'red', label: 'Crimson' }] }, usage)).toMatchObject({
      ok: true,
    });
  });

  it('needs choices for a choice field and none for others', () => {
    expect(checkChoices('choice', [])).toMatchObject({ ok: false, code: 'custom_field_choices_invalid' });
    expect(
      checkChoices(
        'choice',
        [colours[0], colours[0]].flatMap((c) => (c ? [c] : [])),
      ),
    ).toMatchObject({
      ok: false,
    });
    expect(checkChoices('text', colours)).toMatchObject({ ok: false });
    expect(decideCustomFieldChange({ type: 'text', choices: null }, { type: 'choice' }, unused)).toMatchObject({
      ok: false,
      code: 'custom_field_choices_invalid',
    });
  });

  it('never changes the type of a field that has values', () => {
    const types: CustomFieldType[] = ['text', 'number', 'date', 'choice'];
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.constantFrom(...types), (from, to) => {
        const current = { type: from, choices: from === 'choice' ? colours : null };
        const changes = { type: to, choices: to === 'choice' ? colours : null };
        const decided = decideCustomFieldChange(current, changes, { hasValues: true, codesInUse: new Set() });
        return decided.ok ? decided.value.type === from : from !== to;
      }),
    );
  });
});
