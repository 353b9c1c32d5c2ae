import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Intl formatters for the current language; instants are shown in the tenant's time zone when one is given. */
export function useFormatters(timeZone?: string) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    // The browser's regional variant of the chosen language (en-GB rather than en) gives the dates people expect.
    const locale = navigator.languages.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
    const plainDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
    const currencyNames = new Intl.DisplayNames([locale], { type: 'currency' });
    return {
      /** A calendar date such as an account's opening day, `YYYY-MM-DD`, never shifted by a time zone. */
      date: (value: string) => plainDate.format(new Date(`${value}T00:00:00Z`)),
      dateTime: (value: string) => instant.format(new Date(value)),
      country: (code: string) => regionNames.of(code) ?? code,
      currency: (code: string) => currencyNames.of(code) ?? code,
    };
  }, [language, timeZone]);
}
