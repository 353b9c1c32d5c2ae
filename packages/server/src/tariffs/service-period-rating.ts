import {
  type AccountFacts,
  type DateRange,
  type PricePlan,
  type RatedBill,
  type RatingErrorCode,
  type RatingInput,
  type Rational,
  type Result,
  type RoundingMode,
  rate,
  type Usage,
} from '@utilis/domain';
import type { Temporal } from 'temporal-polyfill';

/** One account's service period to rate, in domain values: what billing knows of an agreement in a bill period. */
export interface ServicePeriodRating {
  /** The bill period's days: fixed charges are prorated over them. */
  readonly billingPeriod: DateRange;
  /**
   * The agreement's first and last day served, both included. An open-ended agreement (end null)
   * runs to the billing period's end. Omitted, the service covers the whole billing period.
   */
  readonly servicePeriod?: { readonly start: Temporal.PlainDate; readonly end: Temporal.PlainDate | null };
  /** What was consumed; omitted for plans of fixed charges only. */
  readonly usage?: Usage;
  readonly account?: AccountFacts;
  /** Consumption earlier in the calendar year of the usage's first day (annual tiers). */
  readonly yearToDate?: Rational;
}

/**
 * The domain's rating input for a service period on a plan: the one place where billing's domain
 * values and the API's JSON (once read) become what `rate` reads, so the two cannot drift.
 */
export function ratingInputForServicePeriod(
  plan: PricePlan,
  { billingPeriod, servicePeriod, usage, account, yearToDate }: ServicePeriodRating,
  rounding: RoundingMode,
): RatingInput {
  return {
    plan,
    billingPeriod,
    ...(servicePeriod
      ? { servicePeriod: { start: servicePeriod.start, end: servicePeriod.end ?? billingPeriod.end } }
      : {}),
    ...(usage ? { usage } : {}),
    ...(account ? { account } : {}),
    ...(yearToDate === undefined ? {} : { yearToDate }),
    rounding,
  };
}

/** Rates a service period on a plan already at hand; the domain picks the versions in force on its days. */
export const rateServicePeriodOn = (
  plan: PricePlan,
  period: ServicePeriodRating,
  rounding: RoundingMode,
): Result<RatedBill, RatingErrorCode> => rate(ratingInputForServicePeriod(plan, period, rounding));
