import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formattersFor } from './formatters.ts';
import { useFormatPlace } from './formatting-provider.tsx';
import { isKnownUnit } from './units.ts';

/**
 * How every page writes dates, instants, numbers, money and units: in the tenant's locale and
 * time zone (see FormattingProvider), with unit names from the reader's language.
 */
export function useFormatters() {
  const { t } = useTranslation();
  const place = useFormatPlace();
  return useMemo(() => {
    const formatters = formattersFor(place);
    const unit = (code: string) => (isKnownUnit(code) ? t(`units.${code}`) : code);
    return {
      ...formatters,
      /** A meter's unit (`m3`) as the reader's language writes it (m³, м³). */
      unit,
      /** An exact quantity with its unit: 1 234,5 m³. */
      quantity: (value: string, unitCode: string) => `${formatters.decimal(value)} ${unit(unitCode)}`,
    };
  }, [place, t]);
}
