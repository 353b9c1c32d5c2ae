/**
 * The locale dates and numbers are written in: the tenant's own (en-GB, fr-FR) when the person
 * reads the tenant's language, otherwise the language they read with the tenant's region, so a
 * French reader of a British company still gets day-first dates. Without a tenant, the language.
 */
export function formatLocaleOf({ language, tenantLocale }: { language: string; tenantLocale: string | null }): string {
  if (!tenantLocale) return language;
  const tenant = new Intl.Locale(tenantLocale);
  if (tenant.language === new Intl.Locale(language).language) return tenant.toString();
  return tenant.region ? new Intl.Locale(language, { region: tenant.region }).toString() : language;
}

/** A day of the week as Mantine counts it: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

type WeekInfo = { firstDay: number; weekend: number[] };
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

// Intl numbers the days 1 (Monday) to 7 (Sunday).
const weekdayOf = (day: number) => (day % 7) as Weekday;

/** Where the locale's calendar week starts and which days are its weekend (Monday and Sat–Sun when unknown). */
export function weekOf(locale: string): { firstDayOfWeek: Weekday; weekendDays: Weekday[] } {
  const tagged = new Intl.Locale(locale) as LocaleWithWeek;
  const info = tagged.getWeekInfo?.() ?? tagged.weekInfo ?? { firstDay: 1, weekend: [6, 7] };
  return { firstDayOfWeek: weekdayOf(info.firstDay), weekendDays: info.weekend.map(weekdayOf) };
}
