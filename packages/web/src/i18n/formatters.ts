import { formatDateEntry } from './date-entry.ts';

/**
 * Where dates, instants and numbers are written: a locale such as en-GB and, for instants, an
 * IANA time zone. Dates are typed in the order of `entryLocale` (the tenant's own), which has no
 * words to translate and which its staff type every day, whatever language they read.
 */
export type FormatPlace = { locale: string; timeZone: string | undefined; entryLocale?: string };

/**
 * Every way the app writes a date, an instant or a number, for one locale and time zone; the
 * one place such text is made, so every page agrees.
 */
export function formattersFor({ locale, timeZone, entryLocale = locale }: FormatPlace) {
  const plainDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  const currencyNames = new Intl.DisplayNames([locale], { type: 'currency' });
  // Exact decimals (readings, multipliers) keep every digit they have: format() takes the string as is.
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    locale,
    timeZone,
    entryLocale,
    /** A calendar date such as an account's opening day, `YYYY-MM-DD`, never shifted by a time zone. */
    date: (value: string) => plainDate.format(new Date(`${value}T00:00:00Z`)),
    /** A calendar date as it is typed in a date field of this locale: 25/12/2026. */
    dateEntry: (value: string) => formatDateEntry(value, entryLocale),
    /** An instant, in the tenant's time zone. */
    dateTime: (value: string) => instant.format(new Date(value)),
    /** An exact decimal written as text (`1234.5`), with the locale's separators and all its digits. */
    decimal: (value: string) => decimal.format(value as unknown as number),
    count: (value: number) => integer.format(value),
    money: (money: { amountMinor: string; currency: string }) => formatMoney({ ...money, locale }),
    country: (code: string) => regionNames.of(code) ?? code,
    currency: (code: string) => currencyNames.of(code) ?? code,
  };
}

export type Formatters = ReturnType<typeof formattersFor>;

/**
 * An integer of minor units as money in a locale, exactly: the decimal point is placed by the
 * currency's own number of digits, never by dividing a float.
 */
export function formatMoney({
  amountMinor,
  currency,
  locale,
}: {
  amountMinor: string;
  currency: string;
  locale: string;
}): string {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
  const isNegative = amountMinor.startsWith('-');
  const magnitude = (isNegative ? amountMinor.slice(1) : amountMinor).padStart(digits + 1, '0');
  const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  // format() takes a decimal string as is (Intl.NumberFormat v3), so no precision is lost.
  return money.format(`${isNegative ? '-' : ''}${decimal}` as unknown as number);
}
