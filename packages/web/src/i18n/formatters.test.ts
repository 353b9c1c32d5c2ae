import { describe, expect, it } from 'vitest';
import { formatMoney, formattersFor } from './formatters.ts';

// Intl separates groups and currency signs with no-break spaces; the expectations are written with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formattersFor', () => {
  it('writes calendar dates in the tenant locale, never shifted by a time zone', () => {
    const british = formattersFor({ locale: 'en-GB', timeZone: 'Pacific/Honolulu' });
    expect(british.date('2026-12-04')).toBe('4 Dec 2026');
    expect(formattersFor({ locale: 'en-US', timeZone: undefined }).date('2026-12-04')).toBe('Dec 4, 2026');
  });

  it("writes instants at the tenant's wall clock", () => {
    const instant = '2026-12-04T23:30:00Z';
    expect(formattersFor({ locale: 'en-GB', timeZone: 'Europe/London' }).dateTime(instant)).toBe('4 Dec 2026, 23:30');
    expect(formattersFor({ locale: 'en-GB', timeZone: 'Asia/Shanghai' }).dateTime(instant)).toBe('5 Dec 2026, 07:30');
  });

  it("types dates in the tenant's order even for a reader of another language", () => {
    const format = formattersFor({ locale: 'en-RU', timeZone: 'Europe/Moscow', entryLocale: 'ru-RU' });
    expect(format.dateEntry('2025-03-01')).toBe('01.03.2025');
    expect(formattersFor({ locale: 'en-GB', timeZone: undefined }).dateEntry('2025-03-01')).toBe('01/03/2025');
  });

  it('writes exact decimals with the locale separators and every digit', () => {
    expect(formattersFor({ locale: 'en-GB', timeZone: undefined }).decimal('1234.000001')).toBe('1,234.000001');
    expect(plain(formattersFor({ locale: 'ru-RU', timeZone: undefined }).decimal('1234.5'))).toBe('1 234,5');
    expect(plain(formattersFor({ locale: 'fr-FR', timeZone: undefined }).decimal('98765432109876.125'))).toBe(
      '98 765 432 109 876,125',
    );
  });
});

describe('formatMoney', () => {
  it('places the decimal point by the currency, exactly, for any size', () => {
    expect(formatMoney({ amountMinor: '-123456', currency: 'GBP', locale: 'en-GB' })).toBe('-£1,234.56');
    expect(plain(formatMoney({ amountMinor: '5', currency: 'EUR', locale: 'fr-FR' }))).toBe('0,05 €');
    expect(formatMoney({ amountMinor: '1234', currency: 'JPY', locale: 'ja-JP' })).toBe('￥1,234');
    expect(plain(formatMoney({ amountMinor: '900719925474099312', currency: 'RUB', locale: 'ru-RU' }))).toBe(
      '9 007 199 254 740 993,12 ₽',
    );
  });
});
