import type { Temporal } from 'temporal-polyfill';

/** The calendar date at an instant in a time zone: what "today" means to a tenant's staff. */
export function todayIn({ instant, timeZone }: { instant: Temporal.Instant; timeZone: string }): Temporal.PlainDate {
  return instant.toZonedDateTimeISO(timeZone).toPlainDate();
}
