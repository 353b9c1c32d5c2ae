import { z } from 'zod';

export const idSchema = z.uuid();
export const plainDateSchema = z.iso.date().meta({ description: 'Calendar date, YYYY-MM-DD' });
export const instantSchema = z.iso.datetime({ offset: true });

/** Free text a person typed: trimmed, never blank, any script. */
export const nameText = (maxLength: number) => z.string().trim().min(1).max(maxLength);

const isKnown = (check: () => unknown) => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .refine((code) => Intl.supportedValuesOf('currency').includes(code), 'Unknown ISO 4217 currency')
  .meta({ description: 'ISO 4217 currency code', example: 'EUR' });

export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code')
  .meta({ description: 'ISO 3166-1 alpha-2 country code', example: 'FR' });

export const localeSchema = z
  .string()
  .max(35)
  .refine((tag) => isKnown(() => Intl.getCanonicalLocales(tag)), 'Not a BCP 47 language tag')
  .meta({ description: 'BCP 47 language tag', example: 'fr-FR' });

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => isKnown(() => new Intl.DateTimeFormat('en', { timeZone: zone })), 'Unknown IANA time zone')
  .meta({ description: 'IANA time zone', example: 'Europe/Paris' });

export const emailSchema = z.email().max(254);
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{3,32}$/, 'Expected a phone number of digits, spaces and + ( ) . / -');
