import { z } from 'zod';
import { currencySchema, idSchema, instantSchema, plainDateSchema } from './fields.ts';
import { pageQuerySchema } from './pagination.ts';

// The JSON format of price plans; docs/tariffs.md documents it with complete examples.

const decimalText = z.string().regex(/^\d{1,15}(\.\d{1,12})?$/, 'A non-negative decimal number as text, like "2.07"');
const codeText = z.string().regex(/^[a-z0-9][a-z0-9_]{0,39}$/, 'Lowercase letters, digits and _, up to 40 characters');
const label = z.string().trim().min(1).max(64);

/** A name per language tag; English is required. */
export const localizedTextSchema = z
  .object({ en: z.string().trim().min(1).max(200) })
  .catchall(z.string().trim().min(1).max(200))
  .meta({ id: 'LocalizedText', example: { en: 'Water fee', zh: '水费' } });

const chargePer = z.enum(['day', 'month', 'period']);
const common = { code: codeText, name: localizedTextSchema, provider: label, revenueCode: label };
const taxable = { taxCategory: codeText.optional() };
const metered = { unit: z.string().trim().min(1).max(16), register: codeText.optional() };
const monthDay = z.string().regex(/^\d{2}-\d{2}$/, 'A day of the year as MM-DD');
const timeOfDay = z.string().regex(/^\d{2}:\d{2}$/, 'A time as HH:MM');

const componentSchemas = [
  z.strictObject({
    ...common,
    ...taxable,
    kind: z.literal('fixed'),
    per: chargePer,
    unitPrice: decimalText,
    basis: z.enum(['account', 'dwelling_units', 'area_m2', 'persons']).optional(),
    unitPriceByMeterSize: z.record(z.string().min(1).max(16), decimalText).optional(),
  }),
  z.strictObject({ ...common, ...taxable, ...metered, kind: z.literal('volumetric'), unitPrice: decimalText }),
  z.strictObject({
    ...common,
    ...taxable,
    ...metered,
    kind: z.literal('tiered'),
    mode: z.enum(['graduated', 'volume']),
    tierPeriod: z.enum(['bill', 'month', 'year']),
    tiers: z
      .array(z.strictObject({ upTo: decimalText.nullable(), unitPrice: decimalText }))
      .min(1)
      .max(20),
    household: z
      .strictObject({ basePersons: z.number().int().min(0).max(100), extraPerPerson: z.array(decimalText).max(19) })
      .optional(),
  }),
  z.strictObject({
    ...common,
    ...taxable,
    ...metered,
    kind: z.literal('seasonal'),
    seasons: z
      .array(
        z.strictObject({
          code: codeText,
          name: localizedTextSchema.optional(),
          from: monthDay,
          to: monthDay,
          unitPrice: decimalText,
        }),
      )
      .min(1)
      .max(12),
  }),
  z.strictObject({
    ...common,
    ...taxable,
    kind: z.literal('time_of_use'),
    unit: z.string().trim().min(1).max(16),
    periods: z
      .array(
        z.strictObject({
          code: codeText,
          name: localizedTextSchema.optional(),
          unitPrice: decimalText,
          windows: z
            .array(
              z.strictObject({
                days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).min(1),
                from: timeOfDay,
                to: timeOfDay,
              }),
            )
            .max(20),
        }),
      )
      .min(1)
      .max(10),
    defaultPeriod: codeText,
    holidays: z.array(plainDateSchema).max(100).optional(),
    holidayPeriod: codeText.optional(),
  }),
  z.strictObject({
    ...common,
    ...taxable,
    kind: z.literal('minimum'),
    per: chargePer,
    amount: decimalText,
    appliesTo: z.array(codeText).min(1),
  }),
  z.strictObject({
    ...common,
    ...taxable,
    kind: z.literal('discount'),
    appliesTo: z.array(codeText).min(1),
    percent: decimalText.optional(),
    amount: decimalText.optional(),
    per: chargePer.optional(),
    benefit: codeText.optional(),
    maxQuantity: decimalText.optional(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('tax'),
    category: codeText,
    ratePercent: decimalText,
    inclusive: z.boolean(),
  }),
] as const;

export const priceComponentSchema = z.discriminatedUnion('kind', componentSchemas).meta({ id: 'PriceComponent' });

export const pricePlanVersionSchema = z
  .strictObject({
    effectiveFrom: plainDateSchema,
    components: z.array(priceComponentSchema).min(1).max(100),
    normativeConsumption: z
      .strictObject({
        unit: z.string().trim().min(1).max(16),
        perPersonPerMonth: decimalText,
        multiplier: decimalText.optional(),
      })
      .optional(),
  })
  .meta({ id: 'PricePlanVersion' });
export type PricePlanVersionDefinition = z.infer<typeof pricePlanVersionSchema>;

/** How a period across two versions is rated: split by days (the default) or whole on the version at its start. */
export const versionChangeSchema = z.enum(['split_by_days', 'whole_periods']);

export const pricePlanSchema = z
  .strictObject({
    code: codeText,
    name: localizedTextSchema,
    currency: currencySchema,
    versionChange: versionChangeSchema.optional(),
    versions: z.array(pricePlanVersionSchema).min(1).max(200),
  })
  .meta({ id: 'PricePlan' });
export type PricePlanDefinition = z.infer<typeof pricePlanSchema>;

export const dateRangeSchema = z
  .strictObject({ start: plainDateSchema, end: plainDateSchema })
  .meta({ id: 'DateRange' });

const readingSchema = z.strictObject({ on: plainDateSchema, value: decimalText });

/** What was consumed: a total, two readings, interval data, or nothing (unmetered, billed on the norm). */
export const usageSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('metered'),
      period: dateRangeSchema,
      consumption: decimalText,
      registers: z.record(codeText, decimalText).optional(),
    }),
    z.strictObject({
      kind: z.literal('readings'),
      previous: readingSchema,
      current: readingSchema,
      digits: z.number().int().min(1).max(12).optional(),
      multiplier: decimalText.optional(),
    }),
    z.strictObject({
      kind: z.literal('interval'),
      intervals: z
        .array(
          z.strictObject({
            start: z.iso.datetime({ local: true }).meta({ description: 'Local start time, YYYY-MM-DDTHH:MM' }),
            quantity: decimalText,
          }),
        )
        .min(1)
        .max(50_000),
    }),
    z.strictObject({ kind: z.literal('unmetered'), period: dateRangeSchema }),
  ])
  .meta({ id: 'Usage' });
export type UsageDefinition = z.infer<typeof usageSchema>;

/** How an exact amount becomes money: half-up (commercial), half-even (banker's), down (truncate) or up. */
export const roundingModeSchema = z.enum(['half-up', 'half-even', 'down', 'up']).meta({
  id: 'RoundingMode',
  description: 'half-up, half-even (banker’s), down (towards zero) or up (away from zero)',
});

/** One account period to rate: the days, what was consumed and the facts the plan reads. */
export const ratingInputSchema = z
  .strictObject({
    billingPeriod: dateRangeSchema,
    servicePeriod: dateRangeSchema.optional(),
    usage: usageSchema.optional(),
    account: z
      .strictObject({
        persons: z.number().int().min(0).max(1000).optional(),
        dwellingUnits: z.number().int().min(0).max(100_000).optional(),
        areaM2: decimalText.optional(),
        meterSize: z.string().trim().min(1).max(16).optional(),
        benefits: z.array(codeText).max(20).optional(),
      })
      .optional(),
    yearToDate: decimalText.optional(),
    rounding: roundingModeSchema.optional().meta({ description: "Defaults to the tenant's mode, or half-up" }),
  })
  .meta({ id: 'RatingInput' });
export type RatingInputDefinition = z.infer<typeof ratingInputSchema>;

/**
 * A rating input with the plan to rate it on: either inline (`plan`, rated and forgotten) or a
 * stored plan (`tenantId` and `pricePlanId`). One object rather than a union, so a mistake deep
 * in an inline plan is reported at its own path, not as "matches neither form".
 */
export const ratingPreviewSchema = ratingInputSchema
  .extend({
    plan: pricePlanSchema.optional().meta({ description: 'A plan to rate on without storing it' }),
    tenantId: idSchema.optional().meta({ description: 'With pricePlanId: the tenant whose stored plan to rate on' }),
    pricePlanId: idSchema.optional(),
  })
  .superRefine((preview, context) => {
    const storedFields = (['tenantId', 'pricePlanId'] as const).filter((field) => preview[field] !== undefined);
    if (preview.plan !== undefined) {
      for (const field of storedFields) {
        context.addIssue({ code: 'custom', path: [field], message: 'Send either plan, or tenantId and pricePlanId' });
      }
      return;
    }
    for (const field of ['tenantId', 'pricePlanId'] as const) {
      if (preview[field] === undefined) {
        context.addIssue({ code: 'custom', path: [field], message: 'Required unless a plan is sent' });
      }
    }
  })
  .meta({ id: 'RatingPreview' });
export type RatingPreview = z.infer<typeof ratingPreviewSchema>;

export const billLineSchema = z
  .object({
    component: z.string(),
    componentKind: z.string(),
    name: localizedTextSchema,
    provider: z.string(),
    revenueCode: z.string(),
    taxCategory: z.string().nullable(),
    period: dateRangeSchema,
    quantity: z.string().meta({ description: 'Exact when short; otherwise rounded to 6 places and marked with …' }),
    unit: z.string(),
    unitPrice: z.string(),
    unroundedAmount: z.string(),
    amount: z.string(),
    tax: z.string(),
    explanation: z.string().meta({ example: '80 m³ × 4.07 (tier 2: 180–260 m³) = 325.60' }),
  })
  .meta({ id: 'BillLine' });

export const ratedBillSchema = z
  .object({
    currency: z.string(),
    lines: z.array(billLineSchema),
    taxes: z.array(
      z.object({
        category: z.string(),
        ratePercent: z.string(),
        inclusive: z.boolean(),
        base: z.string(),
        amount: z.string(),
      }),
    ),
    total: z.string(),
  })
  .meta({ id: 'RatedBill' });
export type RatedBillResponse = z.infer<typeof ratedBillSchema>;

/** A stored price plan: its whole definition, every version, oldest first. */
export const pricePlanRecordSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    definition: pricePlanSchema,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'PricePlanRecord' });
export type PricePlanRecord = z.infer<typeof pricePlanRecordSchema>;

/** A stored price plan in a list: what it is and when its versions start, without their components. */
export const pricePlanSummarySchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    code: z.string(),
    name: localizedTextSchema,
    currency: z.string(),
    versionChange: versionChangeSchema,
    versions: z.array(z.object({ effectiveFrom: plainDateSchema })),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'PricePlanSummary' });
export type PricePlanSummary = z.infer<typeof pricePlanSummarySchema>;

export const pricePlanPathSchema = z.strictObject({ tenantId: idSchema, planId: idSchema });

export const pricePlanQuerySchema = pageQuerySchema.extend({
  q: pageQuerySchema.shape.q.meta({ description: 'Text the code or a name must contain' }),
});
