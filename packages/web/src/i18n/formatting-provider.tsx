import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';
import 'dayjs/locale/it';
import 'dayjs/locale/ru';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocaleOf, weekOf } from './format-locale.ts';
import type { FormatPlace } from './formatters.ts';
import type { Language } from './languages.ts';

// The calendars' month and weekday names come from dayjs, which names Chinese by region.
const dayjsLocales: Record<Language, string> = { en: 'en', fr: 'fr', es: 'es', ru: 'ru', zh: 'zh-cn', it: 'it' };

const FormatPlaceContext = createContext<FormatPlace | null>(null);

/**
 * Dates and numbers everywhere below are written for the tenant: its locale (in the language
 * the person reads) and its time zone; calendars start the week where the tenant's does.
 */
export function FormattingProvider({
  tenant,
  children,
}: {
  tenant: { locale: string; timeZone: string } | null;
  children: ReactNode;
}) {
  const { i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? i18n.language) as Language;
  const tenantLocale = tenant?.locale ?? null;
  const timeZone = tenant?.timeZone;
  const place = useMemo(() => {
    const locale = formatLocaleOf({ language, tenantLocale });
    return { locale, timeZone, entryLocale: tenantLocale ?? locale };
  }, [language, tenantLocale, timeZone]);
  const settings = useMemo(
    () => ({ locale: dayjsLocales[language] ?? 'en', ...weekOf(place.entryLocale) }),
    [language, place],
  );
  return (
    <FormatPlaceContext value={place}>
      <DatesProvider settings={settings}>{children}</DatesProvider>
    </FormatPlaceContext>
  );
}

/** The locale and time zone dates and numbers are written in; the reader's language alone outside a FormattingProvider. */
export function useFormatPlace(): FormatPlace {
  const place = useContext(FormatPlaceContext);
  const { i18n } = useTranslation();
  return place ?? { locale: i18n.resolvedLanguage ?? i18n.language, timeZone: undefined };
}
