import type { DayRange } from '../calendar/date-range.ts';
import { multiply, type Rational, round } from '../numbers/rational.ts';
import type { RoundingMode } from '../numbers/rounding-mode.ts';
import { fail, ok, type Result } from '../result.ts';
import { type AveragePer, averageConsumption, lengthOf, type MeteredPeriod } from './average-consumption.ts';
import { type Norm, type NormConsumption, normConsumption } from './norm-consumption.ts';

/** Why no estimate can be made: the account goes to a review queue instead. */
export type EstimateFailureCode = 'estimate_limit_reached' | 'no_history_for_estimate';

/** Places and mode for a utility that bills estimates in whole units (36.67 → 37) or fixed decimals. */
export interface QuantityRounding {
  readonly places: number;
  readonly mode: RoundingMode;
}

export interface EstimateConsumptionInput {
  /** Periods billed on real readings, oldest first; estimated periods never belong here. */
  readonly history: readonly MeteredPeriod[];
  /** How many of the newest periods to average (N). */
  readonly periodsToAverage: number;
  /** Fewer periods than this count as no history (decree 354: 3 months for a newer meter); 1 when absent. */
  readonly minimumPeriods?: number;
  /** 'day' when absent. */
  readonly averagePer?: AveragePer;
  /** The period to estimate. */
  readonly period: DayRange;
  /** Estimates already billed in a row for this service point, before this one. */
  readonly consecutiveEstimates: number;
  /** 2 when absent; Russian tenants set 3. */
  readonly maximumConsecutiveEstimates?: number;
  /** Keep the exact quantity when absent. */
  readonly rounding?: QuantityRounding;
  /** Billed once the limit is reached or when there is no history (decree 354). */
  readonly norm?: Norm;
}

/** An estimated quantity with how it was reached; `unroundedQuantity` equals `quantity` without a rounding setting. */
export type Estimate =
  | {
      readonly basis: 'average';
      readonly quantity: Rational;
      readonly unroundedQuantity: Rational;
      readonly average: Rational;
      readonly averagePer: AveragePer;
      /** Days, or month-equivalents when averaging per month. */
      readonly periodLength: Rational;
      readonly periodsUsed: number;
    }
  | (NormConsumption & {
      readonly basis: 'norm';
      readonly unroundedQuantity: Rational;
      readonly reason: EstimateFailureCode;
    });

const defaultMaximumConsecutiveEstimates = 2;

/** Estimates a period's consumption from the average of past real readings, falling back to a norm. */
export function estimateConsumption(input: EstimateConsumptionInput): Result<Estimate, EstimateFailureCode> {
  const maximum = input.maximumConsecutiveEstimates ?? defaultMaximumConsecutiveEstimates;
  const minimumPeriods = input.minimumPeriods ?? 1;
  const averagePer = input.averagePer ?? 'day';
  assertCount(input.consecutiveEstimates, 0, 'consecutiveEstimates');
  assertCount(maximum, 0, 'maximumConsecutiveEstimates');
  assertCount(input.periodsToAverage, 1, 'periodsToAverage');
  assertCount(minimumPeriods, 1, 'minimumPeriods');
  if (input.rounding !== undefined) assertCount(input.rounding.places, 0, 'rounding.places');
  if (minimumPeriods > input.periodsToAverage) {
    throw new RangeError(`minimumPeriods ${minimumPeriods} exceeds periodsToAverage ${input.periodsToAverage}`);
  }
  const periodLength = lengthOf(input.period, averagePer);

  const refusal: EstimateFailureCode | undefined =
    input.consecutiveEstimates >= maximum
      ? 'estimate_limit_reached'
      : input.history.length < minimumPeriods
        ? 'no_history_for_estimate'
        : undefined;
  if (refusal !== undefined) {
    if (input.norm === undefined) return fail(refusal);
    const byNorm = normConsumption(input.norm, input.period);
    return ok({
      ...byNorm,
      basis: 'norm',
      quantity: rounded(byNorm.quantity, input.rounding),
      unroundedQuantity: byNorm.quantity,
      reason: refusal,
    });
  }

  const { average, periodsUsed } = averageConsumption({
    history: input.history,
    periods: input.periodsToAverage,
    per: averagePer,
  });
  const quantity = multiply(average, periodLength);
  return ok({
    basis: 'average',
    quantity: rounded(quantity, input.rounding),
    unroundedQuantity: quantity,
    average,
    averagePer,
    periodLength,
    periodsUsed,
  });
}

const rounded = (quantity: Rational, rounding: QuantityRounding | undefined): Rational =>
  rounding === undefined ? quantity : round(quantity, rounding.places, rounding.mode);

function assertCount(value: number, least: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < least) throw new RangeError(`${name} must be a whole number ≥ ${least}`);
}
