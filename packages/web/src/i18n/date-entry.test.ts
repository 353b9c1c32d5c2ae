import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateEntryPattern, formatDateEntry, parseDateEntry } from './date-entry.ts';

const locales = ['en-GB', 'en-US', 'fr-FR', 'es-ES', 'it-IT', 'ru-RU', 'zh-CN', 'de-DE', 'ko-KR'] as const;

const isoDay = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('date entry', () => {
  it('writes a British date day first and an American one month first', () => {
    expect(formatDateEntry('2026-12-25', 'en-GB')).toBe('25/12/2026');
    expect(formatDateEntry('2026-12-25', 'en-US')).toBe('12/25/2026');
    expect(formatDateEntry('2026-03-01', 'ru-RU')).toBe('01.03.2026');
    expect(formatDateEntry('2026-03-01', 'zh-CN')).toBe('2026/03/01');
  });

  it('orders day, month and year as the locale does', () => {
    expect(dateEntryPattern('en-GB').order).toEqual(['day', 'month', 'year']);
    expect(dateEntryPattern('en-US').order).toEqual(['month', 'day', 'year']);
    expect(dateEntryPattern('zh-CN').order).toEqual(['year', 'month', 'day']);
  });

  it('reads what a person types in the locale order, with any separator and without leading zeros', () => {
    expect(parseDateEntry('25/12/2026', 'en-GB')).toBe('2026-12-25');
    expect(parseDateEntry('1.3.2025', 'en-GB')).toBe('2025-03-01');
    expect(parseDateEntry('3/1/2025', 'en-US')).toBe('2025-03-01');
    expect(parseDateEntry('2025年3月1日', 'zh-CN')).toBe('2025-03-01');
    expect(parseDateEntry(' 01.03.2025 ', 'ru-RU')).toBe('2025-03-01');
  });

  it('reads the API form in every locale', () => {
    expect(parseDateEntry('2025-03-01', 'en-US')).toBe('2025-03-01');
    expect(parseDateEntry('2025-03-01', 'en-GB')).toBe('2025-03-01');
  });

  it('refuses days that do not exist, two-digit years and anything that is not three numbers', () => {
    expect(parseDateEntry('31/04/2026', 'en-GB')).toBeNull();
    expect(parseDateEntry('29/02/2026', 'en-GB')).toBeNull();
    expect(parseDateEntry('29/02/2028', 'en-GB')).toBe('2028-02-29');
    expect(parseDateEntry('12/25/2026', 'en-GB')).toBeNull();
    expect(parseDateEntry('01/03/25', 'en-GB')).toBeNull();
    expect(parseDateEntry('25 Dec 2026', 'en-GB')).toBeNull();
    expect(parseDateEntry('', 'en-GB')).toBeNull();
  });

  it('reads back every day exactly as it wrote it, in every locale', () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom(...locales), (day, locale) => {
        expect(parseDateEntry(formatDateEntry(day, locale), locale)).toBe(day);
      }),
    );
  });
});
