/**
 * Calendar dates as people type them in a locale (25/12/2026 in en-GB, 12/25/2026 in en-US,
 * 25.12.2026 in ru, 2026/12/25 in zh) and as the API takes them (YYYY-MM-DD).
 */

type DatePart = 'day' | 'month' | 'year';

const numericDate = (locale: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The locale's order of day, month and year, and the text around them, from a sample date. */
export function dateEntryPattern(locale: string): { order: DatePart[]; parts: Array<DatePart | { literal: string }> } {
  const parts = numericDate(locale)
    .formatToParts(new Date(Date.UTC(2026, 11, 25)))
    .flatMap(
      (part): Array<DatePart | { literal: string }> =>
        part.type === 'day' || part.type === 'month' || part.type === 'year' ? [part.type] : [{ literal: part.value }],
    );
  return { order: parts.filter((part): part is DatePart => typeof part === 'string'), parts };
}

/** Whether a year, month and day name a day that exists (no 31 April, 29 February only in leap years). */
const isRealDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` as the locale writes it in a date field: 25/12/2026 for en-GB. */
export function formatDateEntry(value: string, locale: string): string {
  const match = isoDate.exec(value);
  if (!match) return value;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return numericDate(locale).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * The `YYYY-MM-DD` a person meant by what they typed in the locale's order (separators and
 * leading zeros are free: 1.3.2025, 01/03/2025), or written as the API writes it; null when it
 * names no real day. Years have four digits, so 01/03/25 is not guessed at.
 */
export function parseDateEntry(text: string, locale: string): string | null {
  const trimmed = text.trim();
  const iso = isoDate.exec(trimmed);
  const numbers = iso ? iso.slice(1) : trimmed.match(/\d+/g);
  if (numbers?.length !== 3) return null;
  const order: DatePart[] = iso ? ['year', 'month', 'day'] : dateEntryPattern(locale).order;
  const found: Partial<Record<DatePart, string>> = {};
  order.forEach((part, index) => {
    found[part] = numbers[index];
  });
  const { year = '', month = '', day = '' } = found;
  if (year.length !== 4 || month.length > 2 || day.length > 2) return null;
  if (!isRealDay(Number(year), Number(month), Number(day))) return null;
  return `${year}-${pad(Number(month), 2)}-${pad(Number(day), 2)}`;
}
