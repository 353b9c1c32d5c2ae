import type { Temporal } from 'temporal-polyfill';
import type { DateRange, DayRange } from '../calendar/date-range.ts';
import type { Money } from '../money/money.ts';
import type { Rational } from '../numbers/rational.ts';
import type { RoundingMode } from '../numbers/rounding-mode.ts';
import type { ChargePer, ComponentKind, FixedBasis, LocalizedText, PricePlan } from './price-plan.ts';

/** Facts about the account the plan's rules read. */
export interface AccountFacts {
  /** Registered household persons (household tiers, per-person charges, norms). */
  readonly persons?: number;
  readonly dwellingUnits?: number;
  readonly areaM2?: Rational;
  readonly meterSize?: string;
  /** Benefit codes the account holds (discounts restricted to a benefit). */
  readonly benefits?: readonly string[];
}

/** One interval of interval-metered consumption, by its local start time. */
export interface IntervalReading {
  readonly start: Temporal.PlainDateTime;
  readonly quantity: Rational;
}

/** What was consumed, and over which days. */
export type Usage =
  | {
      readonly kind: 'metered';
      /** From the previous reading's day to the day before the current reading's day. */
      readonly period: DateRange;
      readonly consumption: Rational;
      /** Consumption per register for multi-register meters (day, night…). */
      readonly registers?: Readonly<Record<string, Rational>>;
    }
  | { readonly kind: 'interval'; readonly intervals: readonly IntervalReading[] }
  | { readonly kind: 'unmetered'; readonly period: DateRange };

export interface RatingInput {
  readonly plan: PricePlan;
  /** The days the bill charges fixed amounts for. */
  readonly billingPeriod: DateRange;
  /** The agreement's days (move-in, move-out); omitted, the whole billing period. */
  readonly servicePeriod?: DateRange;
  /** Omitted for plans of fixed charges only. */
  readonly usage?: Usage;
  readonly account?: AccountFacts;
  /** Consumption earlier in the calendar year of the usage's first day (annual tiers). */
  readonly yearToDate?: Rational;
  readonly rounding: RoundingMode;
}

/** One reason a line is what it is; explainLine turns them into a sentence. */
export type LineDetail =
  | { readonly kind: 'tier'; readonly tier: number; readonly from: Rational; readonly upTo: Rational | null }
  | { readonly kind: 'volume_tier'; readonly tier: number; readonly reached: Rational }
  | { readonly kind: 'year_to_date'; readonly before: Rational }
  | { readonly kind: 'household'; readonly persons: number; readonly basePersons: number }
  | { readonly kind: 'thresholds_scaled'; readonly factor: Rational; readonly reason: 'months' | 'days' }
  | { readonly kind: 'prorated'; readonly per: ChargePer; readonly units: Rational; readonly daysUsed: number }
  | { readonly kind: 'basis'; readonly basis: FixedBasis; readonly quantity: Rational }
  | { readonly kind: 'meter_size'; readonly size: string }
  | { readonly kind: 'days_share'; readonly days: number; readonly totalDays: number }
  | { readonly kind: 'season'; readonly season: string }
  | { readonly kind: 'time_of_use'; readonly period: string }
  | {
      readonly kind: 'norm';
      readonly quantity: Rational;
      readonly perPersonPerMonth: Rational;
      readonly persons: number;
      readonly multiplier: Rational;
      readonly months: Rational;
    }
  | { readonly kind: 'minimum'; readonly minimum: Rational; readonly charged: Rational }
  | {
      readonly kind: 'discount';
      readonly percent: Rational | null;
      readonly base: Rational;
      readonly share: Rational | null;
    }
  | { readonly kind: 'tax'; readonly ratePercent: Rational; readonly base: Rational }
  | { readonly kind: 'version'; readonly effectiveFrom: string };

export interface BillLine {
  readonly component: string;
  readonly componentKind: ComponentKind;
  readonly name: LocalizedText;
  readonly provider: string;
  readonly revenueCode: string;
  readonly taxCategory: string | null;
  /** The days this line charges for (a version's or a season's share of the period). */
  readonly days: DayRange;
  readonly quantity: Rational;
  readonly unit: string;
  readonly unitPrice: Rational;
  /** quantity × unitPrice before rounding: kept so a person can check the rounding. */
  readonly unroundedAmount: Rational;
  readonly amount: Money;
  /** This line's share of its tax category's tax (included or added). */
  readonly tax: Money;
  readonly details: readonly LineDetail[];
}

export interface TaxTotal {
  readonly category: string;
  readonly ratePercent: Rational;
  readonly inclusive: boolean;
  readonly base: Money;
  readonly amount: Money;
}

/** A rated period: lines that sum to the total, and tax per category. */
export interface RatedBill {
  readonly currency: string;
  readonly lines: readonly BillLine[];
  readonly taxes: readonly TaxTotal[];
  readonly total: Money;
}

export type RatingErrorCode =
  | 'price_plan_invalid'
  | 'no_price_version_in_force'
  | 'period_ends_before_start'
  | 'negative_consumption'
  | 'account_fact_missing'
  | 'register_missing'
  | 'interval_usage_required'
  | 'usage_needs_norm';
