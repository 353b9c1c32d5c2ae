import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumberOf } from '../calendar/day-number.ts';
import { type Money, toMoney } from '../money/money.ts';
import { add, compare, rational, scaledToText, toText } from '../numbers/rational.ts';
import { roundingModes } from '../numbers/rounding-mode.ts';
import type { DatedRate } from './dated-rates.ts';
import { type LateInterest, type LateInterestInput, lateInterest } from './late-interest.ts';

// Italian late-payment interest (arrears-italy.md): ECB main refinancing rate + 3.5 points, actual/365,
// from the due date. The ECB rates are passed in as data.

const date = (text: string) => Temporal.PlainDate.from(text);
const eur = (text: string): Money => toMoney(rational(text), 'EUR', 'half-even');

const ecbRates: DatedRate[] = [
  { from: date('2023-09-20'), rate: '0.045' },
  { from: date('2024-06-12'), rate: '0.0425' },
  { from: date('2024-09-18'), rate: '0.0365' },
];

const interestOn = (settings: Partial<LateInterestInput> & Pick<LateInterestInput, 'from' | 'to'>): LateInterest => {
  const result = lateInterest({
    amount: eur('300.00'),
    referenceRates: ecbRates,
    pointsAdded: '3.5',
    dayCount: 'actual/365',
    roundingMode: 'half-up',
    ...settings,
  });
  if (!result.ok) throw new Error(result.code);
  return result.value;
};

describe('lateInterest', () => {
  it('charges €300.00 due 2024-03-01 and paid 2024-04-30 (60 days) at 4.50% + 3.5 = 8.00%: 3.95', () => {
    const interest = interestOn({ from: date('2024-03-01'), to: date('2024-04-30') });
    expect(interest.days).toBe(60);
    expect(interest.stretches).toHaveLength(1);
    expect(toText(interest.stretches[0]?.rate ?? rational('0'))).toBe('0.08');
    expect(compare(interest.exactTotal, rational('1440/365'))).toBe(0);
    expect(interest.total).toEqual(eur('3.95'));
  });

  it('splits where the reference rate changes: €1,000.00 for 11 days at 8.00% and 19 days at 7.75% make 6.45', () => {
    const interest = interestOn({ amount: eur('1000.00'), from: date('2024-05-31'), to: date('2024-06-30') });
    expect(
      interest.stretches.map((stretch) => ({
        range: `${stretch.range.start}..${stretch.range.end}`,
        days: stretch.days,
        rate: toText(stretch.rate),
        interest: toText(stretch.interest),
      })),
    ).toEqual([
      { range: '2024-06-01..2024-06-11', days: 11, rate: '0.08', interest: '2.410959…' },
      { range: '2024-06-12..2024-06-30', days: 19, rate: '0.0775', interest: '4.034247…' },
    ]);
    expect(interest.total).toEqual(eur('6.45'));
  });

  it('divides by 365 in a leap year too: €365.00 at 10% over the 366 days of 2024 is 36.60', () => {
    const interest = interestOn({
      amount: eur('365.00'),
      from: date('2023-12-31'),
      to: date('2024-12-31'),
      referenceRates: [{ from: date('2023-01-01'), rate: '0.10' }],
      pointsAdded: '0',
    });
    expect(interest.days).toBe(366);
    expect(interest.total).toEqual(eur('36.60'));
  });

  it('is zero when paid on the due date', () => {
    const interest = interestOn({ from: date('2024-03-01'), to: date('2024-03-01') });
    expect(interest.days).toBe(0);
    expect(interest.total).toEqual(eur('0.00'));
  });

  it('refuses a period that ends before it starts, a day with no reference rate, and points that are not a number', () => {
    const base = { amount: eur('300.00'), dayCount: 'actual/365', roundingMode: 'half-up' } as const;
    expect(
      lateInterest({
        ...base,
        from: date('2024-03-01'),
        to: date('2024-02-29'),
        referenceRates: ecbRates,
        pointsAdded: '3.5',
      }),
    ).toMatchObject({ ok: false, code: 'period_ends_before_start' });
    expect(
      lateInterest({
        ...base,
        from: date('2023-09-01'),
        to: date('2023-10-01'),
        referenceRates: ecbRates,
        pointsAdded: '3.5',
      }),
    ).toMatchObject({ ok: false, code: 'no_rate_in_force', detail: '2023-09-02' });
    expect(
      lateInterest({
        ...base,
        from: date('2024-03-01'),
        to: date('2024-04-30'),
        referenceRates: ecbRates,
        pointsAdded: '3,5',
      }),
    ).toMatchObject({ ok: false, code: 'points_not_a_number' });
  });
});

describe('lateInterest properties', () => {
  const firstDay = dayNumberOf(2020, 1, 1);
  const rateText = fc.integer({ min: 0, max: 2500 }).map((basisPoints) => scaledToText(BigInt(basisPoints), 4));
  const rateTable = fc
    .array(fc.record({ gapDays: fc.integer({ min: 1, max: 200 }), rate: rateText }), { maxLength: 8 })
    .chain((later) =>
      rateText.map((first): DatedRate[] => {
        let day = firstDay;
        const rows: DatedRate[] = [{ from: dateOfDayNumber(day), rate: first }];
        for (const row of later) {
          day += row.gapDays;
          rows.push({ from: dateOfDayNumber(day), rate: row.rate });
        }
        return rows;
      }),
    );

  it('is additive over a split period within one minor unit per split', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000_000n }),
        rateTable,
        fc.integer({ min: 0, max: 1500 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...roundingModes),
        (amountMinor, referenceRates, startOffset, lengths, roundingMode) => {
          const days = [firstDay + startOffset];
          for (const length of lengths) days.push((days.at(-1) ?? firstDay) + length);
          const over = (fromDay: number, toDay: number) =>
            interestOn({
              amount: { amountMinor, currency: 'EUR' },
              from: dateOfDayNumber(fromDay),
              to: dateOfDayNumber(toDay),
              referenceRates,
              roundingMode,
            });
          const pieces = days.slice(1).map((toDay, index) => over(days[index] ?? toDay, toDay));
          const whole = over(days[0] ?? firstDay, days.at(-1) ?? firstDay);
          const exactSum = pieces.reduce((sum, piece) => add(sum, piece.exactTotal), rational('0'));
          expect(compare(exactSum, whole.exactTotal)).toBe(0);
          const roundedSum = pieces.reduce((sum, piece) => sum + piece.total.amountMinor, 0n);
          const difference = roundedSum - whole.total.amountMinor;
          const splits = BigInt(lengths.length - 1);
          expect(difference <= splits && -difference <= splits).toBe(true);
        },
      ),
    );
  });
});
