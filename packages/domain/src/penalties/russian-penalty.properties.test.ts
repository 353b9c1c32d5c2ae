import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateRange } from '../calendar/date-range.ts';
import { dateOfDayNumber, dayNumberOf } from '../calendar/day-number.ts';
import { compare, scaledToText, ZERO } from '../numbers/rational.ts';
import { roundingModes } from '../numbers/rounding-mode.ts';
import type { DatedRate } from './dated-rates.ts';
import { type RateCap, type RussianPenalty, type RussianPenaltyInput, russianPenalty } from './russian-penalty.ts';

// Debts fall due from 2016 to 2030; every rate table starts a year before the earliest due date.
const earliestDueDay = dayNumberOf(2016, 1, 1);
const tableStartDay = earliestDueDay - 366;

const rateText = fc.integer({ min: 0, max: 3000 }).map((basisPoints) => scaledToText(BigInt(basisPoints), 4));

const rateTable = (rates: fc.Arbitrary<string[]>): fc.Arbitrary<DatedRate[]> =>
  fc.tuple(rates, fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 20, maxLength: 20 })).map(([texts, gaps]) => {
    let day = tableStartDay;
    return texts.map((rate, index) => {
      if (index > 0) day += gaps[index] ?? 1;
      return { from: dateOfDayNumber(day), rate };
    });
  });

const anyRates = rateTable(fc.array(rateText, { minLength: 1, maxLength: 20 }));

// The law applies the rate of the payment day to every day of delay, so a later payment (or no partial payment)
// can accrue less when the key rate falls in between. Monotonicity only holds for rates that never fall.
const risingRates = rateTable(
  fc
    .array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 20 })
    .map((points) => [...points].sort((a, b) => a - b).map((basisPoints) => scaledToText(BigInt(basisPoints), 4))),
);

const window = (dueDay: number) =>
  fc.record({ startOffset: fc.integer({ min: -100, max: 1200 }), length: fc.integer({ min: 1, max: 300 }) }).map(
    ({ startOffset, length }): DateRange => ({
      start: dateOfDayNumber(dueDay + startOffset),
      end: dateOfDayNumber(dueDay + startOffset + length - 1),
    }),
  );

const anyCaps = (dueDay: number) =>
  fc.array(
    fc.tuple(window(dueDay), rateText).map(([range, rate]): RateCap => ({ ...range, rate })),
    { maxLength: 3 },
  );

// One cap over every day keeps min(key rate, cap) rising when the key rate rises.
const steadyCap = fc.option(
  rateText.map((rate): RateCap[] => [
    { start: dateOfDayNumber(tableStartDay), end: dateOfDayNumber(earliestDueDay + 20 * 366), rate },
  ]),
  { nil: [] },
);

const dueDay = fc.integer({ min: earliestDueDay, max: dayNumberOf(2030, 12, 31) });
const debtMinor = fc.bigInt({ min: 0n, max: 100_000_000_00n });

const penaltyOf = (input: RussianPenaltyInput): RussianPenalty => {
  const result = russianPenalty(input);
  if (!result.ok) throw new Error(`${result.code} ${result.detail ?? ''}`);
  return result.value;
};

const paidInFull = (debt: bigint, due: number, paidDay: number) => ({
  debt: { amountMinor: debt, currency: 'RUB' },
  dueDate: dateOfDayNumber(due),
  payments: [{ amount: { amountMinor: debt, currency: 'RUB' }, receivedOn: dateOfDayNumber(paidDay) }],
  calculationDate: dateOfDayNumber(paidDay),
});

describe('russianPenalty properties', () => {
  it('is never negative, whatever the rates, caps, moratoria and partial payments', () => {
    fc.assert(
      fc.property(
        dueDay.chain((due) =>
          fc.record({
            due: fc.constant(due),
            payments: fc.array(fc.record({ amountMinor: debtMinor, offset: fc.integer({ min: -60, max: 1500 }) }), {
              maxLength: 4,
            }),
            unpaidMinor: debtMinor,
            calculationOffset: fc.integer({ min: 0, max: 1500 }),
            keyRates: anyRates,
            rateCaps: anyCaps(due),
            moratoria: fc.array(window(due), { maxLength: 3 }),
            isPaymentDayCounted: fc.boolean(),
            roundingMode: fc.constantFrom(...roundingModes),
          }),
        ),
        ({ due, payments, unpaidMinor, calculationOffset, ...settings }) => {
          const paidMinor = payments.reduce((sum, payment) => sum + payment.amountMinor, 0n);
          const lastOffset = Math.max(calculationOffset, ...payments.map((payment) => payment.offset));
          const penalty = penaltyOf({
            ...settings,
            debt: { amountMinor: paidMinor + unpaidMinor, currency: 'RUB' },
            dueDate: dateOfDayNumber(due),
            payments: payments.map((payment) => ({
              amount: { amountMinor: payment.amountMinor, currency: 'RUB' },
              receivedOn: dateOfDayNumber(due + payment.offset),
            })),
            calculationDate: dateOfDayNumber(due + lastOffset),
          });
          expect(compare(penalty.exactTotal, ZERO)).toBeGreaterThanOrEqual(0);
          expect(penalty.total.amountMinor >= 0n).toBe(true);
          for (const stretch of penalty.stretches) expect(compare(stretch.amount, ZERO)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('is zero for any payment within 30 days of the due date', () => {
    fc.assert(
      fc.property(
        dueDay,
        debtMinor,
        fc.integer({ min: -100, max: 30 }),
        anyRates,
        fc.boolean(),
        (due, debt, offset, keyRates, isPaymentDayCounted) => {
          const penalty = penaltyOf({
            ...paidInFull(debt, due, due + offset),
            keyRates,
            isPaymentDayCounted,
            roundingMode: 'up',
          });
          expect(penalty.stretches).toEqual([]);
          expect(penalty.total.amountMinor).toBe(0n);
        },
      ),
    );
  });

  it('never falls when the same debt is paid later, while rates do not fall', () => {
    fc.assert(
      fc.property(
        dueDay.chain((due) =>
          fc.record({
            due: fc.constant(due),
            debt: debtMinor,
            earlierOffset: fc.integer({ min: -30, max: 1500 }),
            extraDays: fc.integer({ min: 0, max: 400 }),
            keyRates: risingRates,
            rateCaps: steadyCap,
            moratoria: fc.array(window(due), { maxLength: 3 }),
            isPaymentDayCounted: fc.boolean(),
          }),
        ),
        ({ due, debt, earlierOffset, extraDays, ...settings }) => {
          const paidOn = (day: number) =>
            penaltyOf({ ...settings, ...paidInFull(debt, due, day), roundingMode: 'half-even' });
          const earlier = paidOn(due + earlierOffset);
          const later = paidOn(due + earlierOffset + extraDays);
          expect(compare(earlier.exactTotal, later.exactTotal)).toBeLessThanOrEqual(0);
          expect(earlier.total.amountMinor <= later.total.amountMinor).toBe(true);
        },
      ),
    );
  });

  it('never rises when part of the debt is paid before the calculation date, while rates do not fall', () => {
    fc.assert(
      fc.property(
        dueDay.chain((due) =>
          fc.record({
            due: fc.constant(due),
            debt: debtMinor,
            share: fc.integer({ min: 0, max: 1000 }),
            paymentOffset: fc.integer({ min: -30, max: 1500 }),
            extraDays: fc.integer({ min: 0, max: 400 }),
            keyRates: risingRates,
            rateCaps: steadyCap,
            moratoria: fc.array(window(due), { maxLength: 3 }),
            isPaymentDayCounted: fc.boolean(),
          }),
        ),
        ({ due, debt, share, paymentOffset, extraDays, ...settings }) => {
          const common = {
            ...settings,
            debt: { amountMinor: debt, currency: 'RUB' },
            dueDate: dateOfDayNumber(due),
            calculationDate: dateOfDayNumber(due + paymentOffset + extraDays),
            roundingMode: 'half-even',
          } as const;
          const partial = {
            amount: { amountMinor: (debt * BigInt(share)) / 1000n, currency: 'RUB' },
            receivedOn: dateOfDayNumber(due + paymentOffset),
          };
          const withPayment = penaltyOf({ ...common, payments: [partial] });
          const withoutPayment = penaltyOf({ ...common, payments: [] });
          expect(compare(withPayment.exactTotal, withoutPayment.exactTotal)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
