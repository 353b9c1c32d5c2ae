import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../calendar/day-number.ts';
import { type Rational, toText } from '../numbers/rational.ts';
import { type DatedRate, parseDatedRates, type RateSchedule, rateChangesWithin, rateInForce } from './dated-rates.ts';

const date = (text: string) => Temporal.PlainDate.from(text);

const keyRates: DatedRate[] = [
  { from: date('2024-10-28'), rate: '0.21' },
  { from: date('2025-06-09'), rate: '0.20' },
  { from: date('2025-07-28'), rate: '0.18' },
];

const schedule = (table: readonly DatedRate[]): RateSchedule => {
  const parsed = parseDatedRates(table);
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.value;
};

const rateText = (rate: Rational | undefined) => (rate ? toText(rate) : undefined);

describe('rateInForce', () => {
  it('takes the last row dated on or before the day', () => {
    expect(rateText(rateInForce(schedule(keyRates), date('2025-04-15')))).toBe('0.21');
    expect(rateText(rateInForce(schedule(keyRates), date('2025-06-08')))).toBe('0.21');
    expect(rateText(rateInForce(schedule(keyRates), date('2025-06-09')))).toBe('0.2');
    expect(rateText(rateInForce(schedule(keyRates), date('2030-01-01')))).toBe('0.18');
  });

  it('has no rate before the first row', () => {
    expect(rateInForce(schedule(keyRates), date('2024-10-27'))).toBeUndefined();
    expect(rateInForce(schedule([]), date('2025-01-01'))).toBeUndefined();
  });
});

describe('rateChangesWithin', () => {
  it('lists the days after the first day of a range on which a new rate starts', () => {
    const range = { first: dayNumber(date('2025-06-09')), last: dayNumber(date('2025-07-28')) };
    expect(rateChangesWithin(schedule(keyRates), range)).toEqual([dayNumber(date('2025-07-28'))]);
  });
});

describe('parseDatedRates', () => {
  it('refuses rows out of date order or sharing a date', () => {
    expect(parseDatedRates([...keyRates].reverse())).toMatchObject({ ok: false, code: 'rates_not_in_date_order' });
    expect(parseDatedRates([keyRates[0] as DatedRate, keyRates[0] as DatedRate])).toMatchObject({
      ok: false,
      code: 'rates_not_in_date_order',
    });
  });

  it('refuses a rate that is not a number, including a division by zero, or is negative', () => {
    expect(parseDatedRates([{ from: date('2025-01-01'), rate: '1/0' }])).toMatchObject({
      ok: false,
      code: 'rate_not_a_number',
    });
    expect(parseDatedRates([{ from: date('2025-01-01'), rate: '21%' }])).toMatchObject({
      ok: false,
      code: 'rate_not_a_number',
    });
    expect(parseDatedRates([{ from: date('2025-01-01'), rate: '-0.01' }])).toMatchObject({
      ok: false,
      code: 'rate_negative',
    });
  });
});
