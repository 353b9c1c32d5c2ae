import { describe, expect, it } from 'vitest';
import { formatLocaleOf, weekOf } from './format-locale.ts';

describe('formatLocaleOf', () => {
  it("writes for the tenant's own locale when the reader reads its language, whatever the browser says", () => {
    expect(formatLocaleOf({ language: 'en', tenantLocale: 'en-GB' })).toBe('en-GB');
    expect(formatLocaleOf({ language: 'fr', tenantLocale: 'fr-CA' })).toBe('fr-CA');
  });

  it("keeps the tenant's region for a reader who chose another language", () => {
    expect(formatLocaleOf({ language: 'fr', tenantLocale: 'en-GB' })).toBe('fr-GB');
    expect(formatLocaleOf({ language: 'zh', tenantLocale: 'ru-RU' })).toBe('zh-RU');
  });

  it('falls back to the language alone without a tenant or a tenant region', () => {
    expect(formatLocaleOf({ language: 'ru', tenantLocale: null })).toBe('ru');
    expect(formatLocaleOf({ language: 'it', tenantLocale: 'fr' })).toBe('it');
  });
});

describe('weekOf', () => {
  it('starts the week on Monday in Britain and on Sunday in the United States', () => {
    expect(weekOf('en-GB')).toEqual({ firstDayOfWeek: 1, weekendDays: [6, 0] });
    expect(weekOf('en-US').firstDayOfWeek).toBe(0);
  });
});
