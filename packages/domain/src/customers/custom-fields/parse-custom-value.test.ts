import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as exact from '../../numbers/rational.ts';
import type { CustomFieldRule } from './custom-field.ts';
import { parseCustomValue, searchTextOf } from './parse-custom-value.ts';

const field = (type: CustomFieldRule['type'], more: Partial<CustomFieldRule> = {}): CustomFieldRule => ({
  id: 'f1',
  key: 'k',
  type,
  choices: type === 'choice' ? [{ code: 'gold', label: 'Gold customer' }] : null,
  isRequired: false,
  isSearchable: true,
  isRetired: false,
  ...more,
});

describe('parseCustomValue', () => {
  it('keeps a number exact and in its shortest form', () => {
    const parsed = parseCustomValue(field('number'), ' 0012.500 ');
    expect(parsed).toEqual({
      ok: true,
      value: { valueText: null, valueNumber: '12.5', valueDate: null, searchText: '12.5' },
    });
    expect(parseCustomValue(field('number'), '-0.000')).toMatchObject({ ok: true, value: { valueNumber: '0' } });
  });

  it.each(['1e3', '1,5', '.5', '12.', 'NaN', 'Infinity', '0x10', '1.12345678901'])('refuses the number %s', (text) => {
    expect(parseCustomValue(field('number'), text)).toMatchObject({ ok: false, code: 'custom_field_value_invalid' });
  });

  it('any decimal up to 20 + 10 digits round-trips to the same exact value', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 20n - 1n }),
        fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }),
        (negative, whole, fraction) => {
          const text = `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`;
          const parsed = parseCustomValue(field('number'), text);
          if (!parsed.ok || parsed.value.valueNumber === null) return false;
          return exact.compare(exact.rational(parsed.value.valueNumber), exact.rational(text)) === 0;
        },
      ),
    );
  });

  it('takes real calendar dates only, leap days included', () => {
    expect(parseCustomValue(field('date'), '2024-02-29')).toMatchObject({
      ok: true,
      value: { valueDate: '2024-02-29' },
    });
    for (const text of ['2023-02-29', '2024-13-01', '2024-1-05', '05/01/2024', '2024-01-01T00:00']) {
      expect(parseCustomValue(field('date'), text)).toMatchObject({ ok: false, code: 'custom_field_value_invalid' });
    }
  });

  it('accepts every valid date of any year and refuses day 32', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          const parsed = parseCustomValue(field('date'), text);
          return (
            parsed.ok && parsed.value.valueDate === text && !parseCustomValue(field('date'), `${text.slice(0, 8)}32`).ok
          );
        },
      ),
    );
  });

  it('takes a choice by code and searches it by label', () => {
    expect(parseCustomValue(field('choice'), 'gold')).toEqual({
      ok: true,
      value: { valueText: 'gold', valueNumber: null, valueDate: null, searchText: 'Gold customer' },
    });
    expect(parseCustomValue(field('choice'), 'Gold customer')).toMatchObject({ ok: false });
  });

  it('trims text, keeps any script, and refuses text past 2000 characters', () => {
    expect(parseCustomValue(field('text'), '  北京 Ёлка ')).toMatchObject({
      ok: true,
      value: { valueText: '北京 Ёлка' },
    });
    expect(parseCustomValue(field('text'), 'x'.repeat(2001))).toMatchObject({ ok: false });
  });

  it('gives no search text for a field that is not searchable or is retired', () => {
    expect(parseCustomValue(field('text', { isSearchable: false }), 'abc')).toMatchObject({
      ok: true,
      value: { searchText: null },
    });
    expect(
      searchTextOf(field('text', { isRetired: true }), { valueText: 'a', valueNumber: null, valueDate: null }),
    ).toBe(null);
  });

  it('stores exactly one typed column for any accepted value', () => {
    const types = ['text', 'number', 'date', 'choice'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.string({ maxLength: 30 }), (type, text) => {
        const parsed = parseCustomValue(field(type), text);
        if (!parsed.ok) return true;
        const { valueText, valueNumber, valueDate } = parsed.value;
        return [valueText, valueNumber, valueDate].filter((each) => each !== null).length === 1;
      }),
    );
  });
});
