import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type Money, toMoney } from '../money/money.ts';
import { compare, rational, subtract, toText } from '../numbers/rational.ts';
import type { DatedRate } from './dated-rates.ts';
import { type RateCap, type RussianPenalty, type RussianPenaltyInput, russianPenalty } from './russian-penalty.ts';

// Stories with fixed dates: Housing Code art. 155 part 14 with the Bank of Russia key rate, the 9.5% cap of
// decree 474/2022 (and its extensions) and the 2020 moratorium of decree 424, all passed in as data.

const date = (text: string) => Temporal.PlainDate.from(text);
const rub = (text: string): Money => toMoney(rational(text), 'RUB', 'half-even');

const keyRates: DatedRate[] = [
  { from: date('2020-02-10'), rate: '0.06' },
  { from: date('2020-04-27'), rate: '0.055' },
  { from: date('2020-06-22'), rate: '0.045' },
  { from: date('2020-07-27'), rate: '0.0425' },
  { from: date('2021-03-22'), rate: '0.045' },
  { from: date('2022-09-19'), rate: '0.075' },
  { from: date('2023-07-24'), rate: '0.085' },
  { from: date('2023-08-15'), rate: '0.12' },
  { from: date('2023-09-18'), rate: '0.13' },
  { from: date('2024-10-28'), rate: '0.21' },
  { from: date('2025-06-09'), rate: '0.20' },
  { from: date('2025-07-28'), rate: '0.18' },
];
const rateCaps: RateCap[] = [{ start: date('2022-02-28'), end: date('2026-12-31'), rate: '0.095' }];
const moratoria = [{ start: date('2020-04-06'), end: date('2020-12-31') }];

/** January 2025's 5,000.00 due 2025-02-10 and paid in full on `paidOn`. */
const january2025 = (paidOn: string, settings: Partial<RussianPenaltyInput> = {}): RussianPenalty => {
  const result = russianPenalty({
    debt: rub('5000.00'),
    dueDate: date('2025-02-10'),
    payments: [{ amount: rub('5000.00'), receivedOn: date(paidOn) }],
    calculationDate: date(paidOn),
    keyRates,
    rateCaps,
    roundingMode: 'half-up',
    ...settings,
  });
  if (!result.ok) throw new Error(result.code);
  return result.value;
};

const readable = (penalty: RussianPenalty) =>
  penalty.stretches.map((stretch) => ({
    range: `${stretch.range.start}..${stretch.range.end}`,
    days: stretch.days,
    base: stretch.base.amountMinor,
    fraction: stretch.fraction,
    keyRate: toText(stretch.keyRate),
    rate: toText(stretch.rate),
    amount: toText(stretch.amount),
  }));

describe('russianPenalty: 5,000.00 for January 2025, due 2025-02-10, key rate 21% then 20%, capped at 9.5%', () => {
  it('paid 2025-06-10: 60 days at 1/300 (95.00) and 30 days at 1/130 (109.615…) make 204.62', () => {
    const penalty = january2025('2025-06-10');
    expect(readable(penalty)).toEqual([
      {
        range: '2025-03-13..2025-05-11',
        days: 60,
        base: 500000n,
        fraction: '1/300',
        keyRate: '0.2',
        rate: '0.095',
        amount: '95',
      },
      {
        range: '2025-05-12..2025-06-10',
        days: 30,
        base: 500000n,
        fraction: '1/130',
        keyRate: '0.2',
        rate: '0.095',
        amount: '109.615385…',
      },
    ]);
    expect(compare(penalty.exactTotal, rational('2660/13'))).toBe(0);
    expect(penalty.total).toEqual(rub('204.62'));
  });

  it('paid 2025-04-15: 34 days at 1/300 of 9.5% (key rate 21%) make 53.83', () => {
    const penalty = january2025('2025-04-15');
    expect(readable(penalty)).toEqual([
      {
        range: '2025-03-13..2025-04-15',
        days: 34,
        base: 500000n,
        fraction: '1/300',
        keyRate: '0.21',
        rate: '0.095',
        amount: '53.833333…',
      },
    ]);
    expect(penalty.total).toEqual(rub('53.83'));
  });

  it('paid 2025-03-12, day 30 of delay: nothing', () => {
    const penalty = january2025('2025-03-12');
    expect(penalty.stretches).toEqual([]);
    expect(penalty.total).toEqual(rub('0.00'));
  });

  it('paid 2025-03-13, day 31 of delay: one day at 1/300 makes 1.58', () => {
    expect(january2025('2025-03-13').total).toEqual(rub('1.58'));
  });

  it('leaving the payment day out removes exactly one day at 1/130 (5000 × 0.095 / 130) from 204.615…', () => {
    const counted = january2025('2025-06-10');
    const notCounted = january2025('2025-06-10', { isPaymentDayCounted: false });
    expect(compare(subtract(counted.exactTotal, notCounted.exactTotal), rational('475/130'))).toBe(0);
    expect(notCounted.stretches.at(-1)?.range.end.toString()).toBe('2025-06-09');
    expect(notCounted.stretches.at(-1)?.days).toBe(29);
    expect(notCounted.total).toEqual(rub('200.96'));
  });

  it('rounds the exact 53.8333… once, with the mode passed in', () => {
    expect(january2025('2025-04-15', { roundingMode: 'up' }).total).toEqual(rub('53.84'));
    expect(january2025('2025-04-15', { roundingMode: 'down' }).total).toEqual(rub('53.83'));
  });

  it('rounds an exact half kopeck by the mode: 15.00 for 60 days at 1/300 of 9.5% is 0.285', () => {
    const fifteen = { debt: rub('15.00'), payments: [{ amount: rub('15.00'), receivedOn: date('2025-05-11') }] };
    expect(january2025('2025-05-11', { ...fifteen, roundingMode: 'half-up' }).total).toEqual(rub('0.29'));
    expect(january2025('2025-05-11', { ...fifteen, roundingMode: 'half-even' }).total).toEqual(rub('0.28'));
  });
});

describe('russianPenalty: the 2020 moratorium', () => {
  // 1,000.00 due 2020-02-10 (a leap February), paid 2021-01-20 at the key rate of 4.25%, before any cap.
  // Day 31 is 2020-03-12; day 91 is 2020-05-11, inside the moratorium, so 2021 days accrue at 1/130 at once.
  it('accrues 2020-03-12..2020-04-05 at 1/300 (3.5416…) and 2021-01-01..2021-01-20 at 1/130 (6.5384…): 10.08', () => {
    const result = russianPenalty({
      debt: rub('1000.00'),
      dueDate: date('2020-02-10'),
      payments: [{ amount: rub('1000.00'), receivedOn: date('2021-01-20') }],
      calculationDate: date('2021-01-20'),
      keyRates,
      rateCaps,
      moratoria,
      roundingMode: 'half-up',
    });
    if (!result.ok) throw new Error(result.code);
    expect(readable(result.value)).toEqual([
      {
        range: '2020-03-12..2020-04-05',
        days: 25,
        base: 100000n,
        fraction: '1/300',
        keyRate: '0.0425',
        rate: '0.0425',
        amount: '3.541667…',
      },
      {
        range: '2021-01-01..2021-01-20',
        days: 20,
        base: 100000n,
        fraction: '1/130',
        keyRate: '0.0425',
        rate: '0.0425',
        amount: '6.538462…',
      },
    ]);
    expect(result.value.total).toEqual(rub('10.08'));
  });
});

describe('russianPenalty: partial payments', () => {
  it('2,000.00 paid 2025-04-15 and 3,000.00 paid 2025-06-10 accrue 21.533… + 57.00 + 65.769…: 144.30', () => {
    const result = russianPenalty({
      debt: rub('5000.00'),
      dueDate: date('2025-02-10'),
      payments: [
        { amount: rub('3000.00'), receivedOn: date('2025-06-10') },
        { amount: rub('2000.00'), receivedOn: date('2025-04-15') },
      ],
      calculationDate: date('2025-06-30'),
      keyRates,
      rateCaps,
      roundingMode: 'half-up',
    });
    if (!result.ok) throw new Error(result.code);
    expect(
      readable(result.value).map(({ range, days, base, fraction, amount }) => ({
        range,
        days,
        base,
        fraction,
        amount,
      })),
    ).toEqual([
      { range: '2025-03-13..2025-04-15', days: 34, base: 200000n, fraction: '1/300', amount: '21.533333…' },
      { range: '2025-03-13..2025-05-11', days: 60, base: 300000n, fraction: '1/300', amount: '57' },
      { range: '2025-05-12..2025-06-10', days: 30, base: 300000n, fraction: '1/130', amount: '65.769231…' },
    ]);
    expect(result.value.total).toEqual(rub('144.30'));
  });

  it('1,000.00 paid 2025-04-15 and 4,000.00 unpaid on 2025-07-31 (key rate 18%, capped) make 10.766… + 76.00 + 236.769…: 323.54', () => {
    const result = russianPenalty({
      debt: rub('5000.00'),
      dueDate: date('2025-02-10'),
      payments: [{ amount: rub('1000.00'), receivedOn: date('2025-04-15') }],
      calculationDate: date('2025-07-31'),
      keyRates,
      rateCaps,
      roundingMode: 'half-up',
    });
    if (!result.ok) throw new Error(result.code);
    expect(readable(result.value)).toEqual([
      {
        range: '2025-03-13..2025-04-15',
        days: 34,
        base: 100000n,
        fraction: '1/300',
        keyRate: '0.21',
        rate: '0.095',
        amount: '10.766667…',
      },
      {
        range: '2025-03-13..2025-05-11',
        days: 60,
        base: 400000n,
        fraction: '1/300',
        keyRate: '0.18',
        rate: '0.095',
        amount: '76',
      },
      {
        range: '2025-05-12..2025-07-31',
        days: 81,
        base: 400000n,
        fraction: '1/130',
        keyRate: '0.18',
        rate: '0.095',
        amount: '236.769231…',
      },
    ]);
    expect(result.value.total).toEqual(rub('323.54'));
  });

  it('uses each payment day’s own rate: 8.5% below the cap on 2023-07-31, 13% capped to 9.5% on 2023-09-20: 115.58', () => {
    // 3,000.00 due 2023-05-10: 1,000.00 accrues 2023-06-10..07-31 (52 days at 1/300 of 8.5% = 14.733…);
    // 2,000.00 accrues 60 days at 1/300 (38.00) and 2023-08-09..09-20 (43 days at 1/130 = 62.846…) at 9.5%.
    const result = russianPenalty({
      debt: rub('3000.00'),
      dueDate: date('2023-05-10'),
      payments: [
        { amount: rub('1000.00'), receivedOn: date('2023-07-31') },
        { amount: rub('2000.00'), receivedOn: date('2023-09-20') },
      ],
      calculationDate: date('2023-09-20'),
      keyRates,
      rateCaps,
      roundingMode: 'half-up',
    });
    if (!result.ok) throw new Error(result.code);
    expect(readable(result.value).map(({ range, days, rate, amount }) => ({ range, days, rate, amount }))).toEqual([
      { range: '2023-06-10..2023-07-31', days: 52, rate: '0.085', amount: '14.733333…' },
      { range: '2023-06-10..2023-08-08', days: 60, rate: '0.095', amount: '38' },
      { range: '2023-08-09..2023-09-20', days: 43, rate: '0.095', amount: '62.846154…' },
    ]);
    expect(result.value.total).toEqual(rub('115.58'));
  });
});

describe('russianPenalty: settings and refusals', () => {
  it('accepts another ladder of steps, such as 1/130 from the first day: 30 days make 109.62', () => {
    const penalty = january2025('2025-03-12', { steps: [{ fromDay: 1, fraction: '1/130' }] });
    expect(penalty.total).toEqual(rub('109.62'));
  });

  it('needs no key rate on file when nothing accrues', () => {
    expect(january2025('2025-03-12', { keyRates: [] }).total).toEqual(rub('0.00'));
  });

  const refusal = (settings: Partial<RussianPenaltyInput>) =>
    russianPenalty({
      debt: rub('5000.00'),
      dueDate: date('2025-02-10'),
      payments: [{ amount: rub('5000.00'), receivedOn: date('2025-06-10') }],
      calculationDate: date('2025-06-10'),
      keyRates,
      rateCaps,
      roundingMode: 'half-up',
      ...settings,
    });

  it('refuses payments above the debt, in another currency, or after the calculation date', () => {
    expect(refusal({ payments: [{ amount: rub('5000.01'), receivedOn: date('2025-06-10') }] })).toMatchObject({
      ok: false,
      code: 'payments_exceed_debt',
    });
    expect(
      refusal({ payments: [{ amount: { amountMinor: 500000n, currency: 'EUR' }, receivedOn: date('2025-06-10') }] }),
    ).toMatchObject({ ok: false, code: 'currency_mismatch' });
    expect(refusal({ calculationDate: date('2025-06-09') })).toMatchObject({
      ok: false,
      code: 'payment_after_calculation_date',
    });
    expect(refusal({ debt: rub('-1.00') })).toMatchObject({ ok: false, code: 'amount_negative' });
  });

  it('refuses when no key rate is in force on the payment day', () => {
    expect(refusal({ keyRates: [{ from: date('2025-06-11'), rate: '0.20' }] })).toMatchObject({
      ok: false,
      code: 'no_rate_in_force',
      detail: '2025-06-10',
    });
  });

  it('refuses a moratorium or cap that ends before it starts, and steps out of order', () => {
    expect(refusal({ moratoria: [{ start: date('2025-04-02'), end: date('2025-04-01') }] })).toMatchObject({
      ok: false,
      code: 'window_ends_before_start',
    });
    expect(
      refusal({ rateCaps: [{ start: date('2025-04-02'), end: date('2025-04-01'), rate: '0.095' }] }),
    ).toMatchObject({ ok: false, code: 'window_ends_before_start' });
    expect(
      refusal({
        steps: [
          { fromDay: 91, fraction: '1/130' },
          { fromDay: 31, fraction: '1/300' },
        ],
      }),
    ).toMatchObject({ ok: false, code: 'steps_invalid' });
  });
});
