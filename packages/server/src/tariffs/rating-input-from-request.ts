import type { RatingInputDefinition, UsageDefinition } from '@utilis/contracts';
import {
  consumptionBetweenReadings,
  exact,
  fail,
  ok,
  type PricePlan,
  type RatingInput,
  type Result,
  type RoundingMode,
  type Usage,
  unreachable,
} from '@utilis/domain';
import { Temporal } from 'temporal-polyfill';
import { ratingInputForServicePeriod, type ServicePeriodRating } from './service-period-rating.ts';

const date = (text: string) => Temporal.PlainDate.from(text);
const range = (period: { start: string; end: string }) => ({ start: date(period.start), end: date(period.end) });

/** A service period to rate from its JSON form (API body or CLI file): text becomes exact numbers and dates. */
export function servicePeriodRatingFromRequest(
  request: RatingInputDefinition,
): Result<ServicePeriodRating, 'negative_consumption' | 'period_ends_before_start'> {
  const usage = request.usage ? usageFrom(request.usage) : undefined;
  if (usage && !usage.ok) return usage;
  const { areaM2, ...facts } = request.account ?? {};
  return ok({
    billingPeriod: range(request.billingPeriod),
    ...(request.servicePeriod ? { servicePeriod: range(request.servicePeriod) } : {}),
    ...(usage ? { usage: usage.value } : {}),
    ...(request.account
      ? { account: { ...facts, ...(areaM2 === undefined ? {} : { areaM2: exact.rational(areaM2) }) } }
      : {}),
    ...(request.yearToDate === undefined ? {} : { yearToDate: exact.rational(request.yearToDate) }),
  });
}

/** The domain's rating input from its JSON form, rounded as the request says or else the default way. */
export function ratingInputFromRequest(
  plan: PricePlan,
  request: RatingInputDefinition,
  defaultRounding: RoundingMode,
): Result<RatingInput, 'negative_consumption' | 'period_ends_before_start'> {
  const period = servicePeriodRatingFromRequest(request);
  return period.ok ? ok(ratingInputForServicePeriod(plan, period.value, request.rounding ?? defaultRounding)) : period;
}

function usageFrom(usage: UsageDefinition): Result<Usage, 'negative_consumption' | 'period_ends_before_start'> {
  switch (usage.kind) {
    case 'metered':
      return ok({
        kind: 'metered',
        period: range(usage.period),
        consumption: exact.rational(usage.consumption),
        ...(usage.registers
          ? {
              registers: Object.fromEntries(
                Object.entries(usage.registers).map(([register, quantity]) => [register, exact.rational(quantity)]),
              ),
            }
          : {}),
      });
    case 'readings': {
      const from = date(usage.previous.on);
      const until = date(usage.current.on);
      if (Temporal.PlainDate.compare(until, from) <= 0) {
        return fail('period_ends_before_start', 'The current reading must be on a later day than the previous one');
      }
      const consumption = consumptionBetweenReadings({
        previous: exact.rational(usage.previous.value),
        current: exact.rational(usage.current.value),
        ...(usage.digits === undefined ? {} : { digits: usage.digits }),
        ...(usage.multiplier === undefined ? {} : { multiplier: exact.rational(usage.multiplier) }),
      });
      if (!consumption.ok) return consumption;
      // Consumption runs from the previous reading's day to the day before the current reading's.
      return ok({
        kind: 'metered',
        period: { start: from, end: until.subtract({ days: 1 }) },
        consumption: consumption.value,
      });
    }
    case 'interval':
      return ok({
        kind: 'interval',
        intervals: usage.intervals.map((interval) => ({
          start: Temporal.PlainDateTime.from(interval.start),
          quantity: exact.rational(interval.quantity),
        })),
      });
    case 'unmetered':
      return ok({ kind: 'unmetered', period: range(usage.period) });
    default:
      return unreachable(usage);
  }
}
