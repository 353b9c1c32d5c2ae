import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../calendar/day-number.ts';
import { compare, fromInteger, multiply, type Rational, rational, sum, toFixed, toText } from '../numbers/rational.ts';
import type { MeteredPeriod } from './average-consumption.ts';
import { type Estimate, estimateConsumption } from './estimate-consumption.ts';

const april2024 = { first: dayNumberOf(2024, 4, 1), last: dayNumberOf(2024, 4, 30) };

// Vendor documentation: prior periods 40, 35, 35 m3 over 31, 29, 30 days; this period 30 days.
const vendorHistory: MeteredPeriod[] = [
  { quantity: rational('40'), days: 31 },
  { quantity: rational('35'), days: 29 },
  { quantity: rational('35'), days: 30 },
];

const estimated = (result: ReturnType<typeof estimateConsumption>): Estimate => {
  if (!result.ok) throw new Error(`expected an estimate, got ${result.code}`);
  return result.value;
};

const isSame = (a: Rational, b: Rational): boolean => compare(a, b) === 0;

describe('estimateConsumption', () => {
  it('bills 110 / 90 × 30 = 36.67 m3, kept exact as 110/3', () => {
    const estimate = estimated(
      estimateConsumption({ history: vendorHistory, periodsToAverage: 3, period: april2024, consecutiveEstimates: 0 }),
    );
    expect(estimate.basis).toBe('average');
    expect(toFixed(estimate.quantity, 2)).toBe('36.67');
    expect(isSame(estimate.quantity, rational('110/3'))).toBe(true);
    expect(estimate.basis === 'average' && isSame(estimate.average, rational('110/90'))).toBe(true);
    expect(estimate.basis === 'average' && estimate.periodsUsed).toBe(3);
  });

  it('rounds 36.67 to 37 for a utility that bills whole units, keeping the exact value', () => {
    const estimate = estimated(
      estimateConsumption({
        history: vendorHistory,
        periodsToAverage: 3,
        period: april2024,
        consecutiveEstimates: 0,
        rounding: { places: 0, mode: 'half-up' },
      }),
    );
    expect(toText(estimate.quantity)).toBe('37');
    expect(isSame(estimate.unroundedQuantity, rational('110/3'))).toBe(true);
  });

  it('takes day counts from day ranges as well as from plain counts', () => {
    const asRanges: MeteredPeriod[] = [
      { quantity: rational('40'), range: { first: dayNumberOf(2024, 1, 1), last: dayNumberOf(2024, 1, 31) } },
      { quantity: rational('35'), range: { first: dayNumberOf(2024, 2, 1), last: dayNumberOf(2024, 2, 29) } },
      { quantity: rational('35'), range: { first: dayNumberOf(2024, 3, 1), last: dayNumberOf(2024, 3, 30) } },
    ];
    const estimate = estimated(
      estimateConsumption({ history: asRanges, periodsToAverage: 3, period: april2024, consecutiveEstimates: 0 }),
    );
    expect(isSame(estimate.quantity, rational('110/3'))).toBe(true);
  });

  it('averages only the newest N periods', () => {
    const history: MeteredPeriod[] = [{ quantity: rational('900'), days: 30 }, ...vendorHistory];
    const estimate = estimated(
      estimateConsumption({ history, periodsToAverage: 3, period: april2024, consecutiveEstimates: 0 }),
    );
    expect(isSame(estimate.quantity, rational('110/3'))).toBe(true);
  });

  it('averages what there is when history is shorter than N', () => {
    const estimate = estimated(
      estimateConsumption({
        history: vendorHistory.slice(-1),
        periodsToAverage: 3,
        period: april2024,
        consecutiveEstimates: 0,
      }),
    );
    expect(toText(estimate.quantity)).toBe('35');
    expect(estimate.basis === 'average' && estimate.periodsUsed).toBe(1);
  });

  it('estimates zero after periods of zero consumption', () => {
    const history: MeteredPeriod[] = [{ quantity: rational('0'), days: 31 }];
    const estimate = estimated(
      estimateConsumption({ history, periodsToAverage: 3, period: april2024, consecutiveEstimates: 0 }),
    );
    expect(toText(estimate.quantity)).toBe('0');
  });

  it('stops after two estimates in a row by default, sending the account to review', () => {
    const input = { history: vendorHistory, periodsToAverage: 3, period: april2024 };
    expect(estimateConsumption({ ...input, consecutiveEstimates: 1 }).ok).toBe(true);
    expect(estimateConsumption({ ...input, consecutiveEstimates: 2 })).toEqual({
      ok: false,
      code: 'estimate_limit_reached',
    });
  });

  it('follows a tenant limit of consecutive estimates', () => {
    const input = { history: vendorHistory, periodsToAverage: 3, period: april2024, maximumConsecutiveEstimates: 3 };
    expect(estimateConsumption({ ...input, consecutiveEstimates: 2 }).ok).toBe(true);
    expect(estimateConsumption({ ...input, consecutiveEstimates: 3 })).toEqual({
      ok: false,
      code: 'estimate_limit_reached',
    });
  });

  it('refuses to estimate without history and without a norm', () => {
    expect(
      estimateConsumption({ history: [], periodsToAverage: 3, period: april2024, consecutiveEstimates: 0 }),
    ).toEqual({ ok: false, code: 'no_history_for_estimate' });
  });

  it('treats fewer periods than the minimum as no history', () => {
    const result = estimateConsumption({
      history: vendorHistory.slice(-2),
      periodsToAverage: 6,
      minimumPeriods: 3,
      period: april2024,
      consecutiveEstimates: 0,
    });
    expect(result).toEqual({ ok: false, code: 'no_history_for_estimate' });
  });

  it('bills the norm when there is no history and a norm is set', () => {
    const estimate = estimated(
      estimateConsumption({
        history: [],
        periodsToAverage: 6,
        period: april2024,
        consecutiveEstimates: 0,
        norm: { perPersonPerMonth: rational('6.935'), persons: 2 },
      }),
    );
    expect(estimate.basis).toBe('norm');
    expect(estimate.basis === 'norm' && estimate.reason).toBe('no_history_for_estimate');
    expect(toText(estimate.quantity)).toBe('13.87');
  });

  it('refuses a per-month average from periods given only as day counts', () => {
    expect(() =>
      estimateConsumption({
        history: vendorHistory,
        periodsToAverage: 3,
        averagePer: 'month',
        period: april2024,
        consecutiveEstimates: 0,
      }),
    ).toThrow(RangeError);
  });

  it('refuses settings that can never be met', () => {
    const input = { history: vendorHistory, period: april2024, consecutiveEstimates: 0 };
    expect(() => estimateConsumption({ ...input, periodsToAverage: 0 })).toThrow(RangeError);
    expect(() => estimateConsumption({ ...input, periodsToAverage: 3, minimumPeriods: 4 })).toThrow(RangeError);
    expect(() => estimateConsumption({ ...input, periodsToAverage: 3, consecutiveEstimates: -1 })).toThrow(RangeError);
  });
});

const quantityArbitrary = fc.record({
  n: fc.bigInt({ min: 0n, max: 10n ** 9n }),
  d: fc.bigInt({ min: 1n, max: 1000n }),
});
const rangeArbitrary = fc
  .tuple(fc.integer({ min: dayNumberOf(2000, 1, 1), max: dayNumberOf(2040, 1, 1) }), fc.integer({ min: 1, max: 400 }))
  .map(([first, days]) => ({ first, last: first + days - 1 }));
const meteredPeriodArbitrary: fc.Arbitrary<MeteredPeriod> = fc.oneof(
  fc.record({ quantity: quantityArbitrary, days: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ quantity: quantityArbitrary, range: rangeArbitrary }),
);
const daysOf = (period: MeteredPeriod): number =>
  'days' in period ? period.days : period.range.last - period.range.first + 1;

describe('estimateConsumption properties', () => {
  it('is exact: estimate × history days equals history quantity × period days', () => {
    fc.assert(
      fc.property(
        fc.array(meteredPeriodArbitrary, { minLength: 1, maxLength: 12 }),
        rangeArbitrary,
        (history, period) => {
          const estimate = estimated(
            estimateConsumption({ history, periodsToAverage: history.length, period, consecutiveEstimates: 0 }),
          );
          const historyDays = history.reduce((total, entry) => total + daysOf(entry), 0);
          const historyQuantity = sum(history.map((entry) => entry.quantity));
          const periodDays = period.last - period.first + 1;
          expect(
            isSame(
              multiply(estimate.quantity, fromInteger(historyDays)),
              multiply(historyQuantity, fromInteger(periodDays)),
            ),
          ).toBe(true);
        },
      ),
    );
  });

  it('scales with the history: k times every quantity gives k times the estimate', () => {
    fc.assert(
      fc.property(
        fc.array(meteredPeriodArbitrary, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        rangeArbitrary,
        quantityArbitrary,
        fc.constantFrom('day' as const, 'month' as const),
        (history, periodsToAverage, period, k, averagePer) => {
          // Per-month averaging needs ranges, so day counts become ranges of that length here.
          const withRanges: MeteredPeriod[] = history.map((entry, index) =>
            'days' in entry
              ? { quantity: entry.quantity, range: { first: index * 400, last: index * 400 + entry.days - 1 } }
              : entry,
          );
          const scaled = withRanges.map((entry) => ({ ...entry, quantity: multiply(entry.quantity, k) }));
          const input = { periodsToAverage, period, consecutiveEstimates: 0, averagePer };
          const base = estimated(estimateConsumption({ ...input, history: withRanges }));
          const timesK = estimated(estimateConsumption({ ...input, history: scaled }));
          expect(isSame(timesK.quantity, multiply(base.quantity, k))).toBe(true);
        },
      ),
    );
  });

  it('estimates zero whenever the history used shows no consumption', () => {
    fc.assert(
      fc.property(
        fc.array(meteredPeriodArbitrary, { minLength: 1, maxLength: 12 }),
        rangeArbitrary,
        fc.integer({ min: 1, max: 12 }),
        (history, period, periodsToAverage) => {
          const zeroHistory = history.map((entry) => ({ ...entry, quantity: rational('0') }));
          const estimate = estimated(
            estimateConsumption({ history: zeroHistory, periodsToAverage, period, consecutiveEstimates: 0 }),
          );
          expect(toText(estimate.quantity)).toBe('0');
        },
      ),
    );
  });

  it('bills a norm proportional to the persons registered once the limit is reached', () => {
    fc.assert(
      fc.property(
        quantityArbitrary,
        fc.integer({ min: 0, max: 50 }),
        rangeArbitrary,
        fc.integer({ min: 0, max: 5 }),
        (perPersonPerMonth, persons, period, maximumConsecutiveEstimates) => {
          const input = {
            history: vendorHistory,
            periodsToAverage: 3,
            period,
            consecutiveEstimates: maximumConsecutiveEstimates,
            maximumConsecutiveEstimates,
          };
          const forOne = estimated(estimateConsumption({ ...input, norm: { perPersonPerMonth, persons: 1 } }));
          const forAll = estimated(estimateConsumption({ ...input, norm: { perPersonPerMonth, persons } }));
          expect(forAll.basis).toBe('norm');
          expect(isSame(forAll.quantity, multiply(forOne.quantity, fromInteger(persons)))).toBe(true);
        },
      ),
    );
  });
});
