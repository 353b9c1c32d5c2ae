import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { scaledToText } from '../numbers/rational.ts';
import type { PricePlan } from './price-plan.ts';
import { rate } from './rate.ts';
import type { RatedBill, RatingInput } from './rating.ts';
import { about, planOf, q, versionOf } from './scenarios/scenario-kit.ts';

const start = Temporal.PlainDate.from('2024-01-01');
const dateAt = (offset: number) => start.add({ days: offset });
const amountArbitrary = fc.integer({ min: 0, max: 99_999 }).map((cents) => scaledToText(BigInt(cents), 2));
const quantityArbitrary = fc
  .integer({ min: 0, max: 2_000_000 })
  .map((thousandths) => scaledToText(BigInt(thousandths), 3));

const ratedOrThrow = (input: RatingInput): RatedBill => {
  const result = rate(input);
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  return result.value;
};

const flatAndFixed = (unitPrice: string, monthly: string): PricePlan =>
  planOf([
    versionOf('2023-01-01', [
      { ...about('water'), kind: 'volumetric', unit: 'm³', unitPrice },
      { ...about('standing'), kind: 'fixed', per: 'month', unitPrice: monthly },
    ]),
  ]);

const tieredPlan = (prices: string[], limits: number[], mode: 'graduated' | 'volume'): PricePlan =>
  planOf([
    versionOf('2023-01-01', [
      {
        ...about('water'),
        kind: 'tiered',
        unit: 'm³',
        mode,
        tierPeriod: 'bill',
        tiers: prices.map((unitPrice, index) => ({
          unitPrice,
          upTo: index < limits.length ? String(limits[index]) : null,
        })),
      },
    ]),
  ]);

describe('rating properties', () => {
  it('always has lines that sum to the total, and is deterministic', () => {
    fc.assert(
      fc.property(
        amountArbitrary,
        amountArbitrary,
        quantityArbitrary,
        fc.integer({ min: 0, max: 400 }),
        (price, monthly, used, length) => {
          const period = { start, end: dateAt(length) };
          const input: RatingInput = {
            plan: flatAndFixed(price, monthly),
            billingPeriod: period,
            usage: { kind: 'metered', period, consumption: q(used) },
            rounding: 'half-even',
          };
          const bill = ratedOrThrow(input);
          expect(bill.lines.reduce((sum, line) => sum + line.amount.amountMinor, 0n)).toBe(bill.total.amountMinor);
          expect(ratedOrThrow(input)).toEqual(bill);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rates a period in two parts like the whole, within one minor unit per charge, for flat and fixed charges', () => {
    fc.assert(
      fc.property(
        amountArbitrary,
        amountArbitrary,
        quantityArbitrary,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 399 }),
        (price, monthly, used, length, cutAt) => {
          const cut = Math.min(cutAt, length - 1);
          const plan = flatAndFixed(price, monthly);
          const total = q(used);
          const part = (from: number, to: number) => {
            const period = { start: dateAt(from), end: dateAt(to) };
            const share = { n: total.n * BigInt(to - from + 1), d: total.d * BigInt(length + 1) };
            return ratedOrThrow({
              plan,
              billingPeriod: period,
              usage: { kind: 'metered', period, consumption: share },
              rounding: 'half-up',
            });
          };
          const whole = part(0, length);
          const split = [part(0, cut), part(cut + 1, length)];
          const splitTotal = split.reduce((sum, bill) => sum + bill.total.amountMinor, 0n);
          const difference = whole.total.amountMinor - splitTotal;
          expect(difference <= 2n && difference >= -2n).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never charges less for more consumption on ascending tiers, graduated or volume', () => {
    const ascendingPrices = fc
      .array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 4 })
      .map((steps) => steps.map((_, index) => steps.slice(0, index + 1).reduce((a, b) => a + b, 0)));
    fc.assert(
      fc.property(
        ascendingPrices,
        fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 3, maxLength: 3 }),
        fc.constantFrom('graduated' as const, 'volume' as const),
        quantityArbitrary,
        quantityArbitrary,
        (cents, rawLimits, mode, a, b) => {
          const prices = cents.map((value) => scaledToText(BigInt(value), 2));
          const limits = rawLimits.sort((x, y) => x - y).slice(0, prices.length - 1);
          const plan = tieredPlan(prices, limits, mode);
          const period = { start, end: dateAt(30) };
          const cost = (used: string) =>
            ratedOrThrow({
              plan,
              billingPeriod: period,
              usage: { kind: 'metered', period, consumption: q(used) },
              rounding: 'half-up',
            }).total.amountMinor;
          const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
          expect(cost(high) >= cost(low)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives graduated tier amounts equal to decimal.js computing the same bands', () => {
    fc.assert(
      fc.property(
        fc.array(amountArbitrary, { minLength: 3, maxLength: 3 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 900 }), { minLength: 2, maxLength: 2 }),
        quantityArbitrary,
        (prices, rawLimits, used) => {
          const limits = rawLimits.sort((x, y) => x - y);
          const period = { start, end: dateAt(30) };
          const bill = ratedOrThrow({
            plan: tieredPlan(prices, limits, 'graduated'),
            billingPeriod: period,
            usage: { kind: 'metered', period, consumption: q(used) },
            rounding: 'half-up',
          });
          const Precise = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
          const bounds = [0, ...limits];
          let expected = new Precise(0);
          prices.forEach((price, index) => {
            const lower = new Precise(bounds[index] ?? 0);
            const upper = index < limits.length ? new Precise(limits[index] ?? 0) : new Precise(used);
            const inBand = Precise.max(0, Precise.min(new Precise(used), upper).minus(lower));
            if (inBand.gt(0)) expected = expected.plus(inBand.times(price).toDecimalPlaces(2));
          });
          expect(scaledToText(bill.total.amountMinor, 2)).toBe(expected.toFixed(2));
        },
      ),
      { numRuns: 300 },
    );
  });
});
