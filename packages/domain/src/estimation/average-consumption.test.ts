import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../calendar/day-number.ts';
import { rational, toText } from '../numbers/rational.ts';
import { averageConsumption, lengthOf } from './average-consumption.ts';

describe('averageConsumption', () => {
  it('weighs long periods more: total quantity over total days, not the mean of daily rates', () => {
    const { average } = averageConsumption({
      history: [
        { quantity: rational('10'), days: 10 },
        { quantity: rational('90'), days: 30 },
      ],
      periods: 2,
      per: 'day',
    });
    expect(toText(average)).toBe('2.5');
  });

  it('counts a half month as half a month when averaging per month', () => {
    const { average } = averageConsumption({
      history: [
        { quantity: rational('3'), range: { first: dayNumberOf(2024, 4, 1), last: dayNumberOf(2024, 4, 15) } },
        { quantity: rational('6'), range: { first: dayNumberOf(2024, 5, 1), last: dayNumberOf(2024, 5, 31) } },
      ],
      periods: 2,
      per: 'month',
    });
    expect(toText(average)).toBe('6');
  });

  it('refuses an empty period', () => {
    expect(() => lengthOf({ days: 0 }, 'day')).toThrow(RangeError);
    expect(() => lengthOf({ first: 10, last: 9 }, 'day')).toThrow(RangeError);
  });

  it('refuses negative consumption, which real readings cannot produce', () => {
    expect(() =>
      averageConsumption({ history: [{ quantity: rational('-1'), days: 30 }], periods: 1, per: 'day' }),
    ).toThrow(RangeError);
  });
});
