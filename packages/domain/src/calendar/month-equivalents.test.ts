import { describe, expect, it } from 'vitest';
import { toText } from '../numbers/rational.ts';
import { dayNumberOf } from './day-number.ts';
import { monthEquivalents } from './month-equivalents.ts';

const range = (from: [number, number, number], to: [number, number, number]) => ({
  first: dayNumberOf(...from),
  last: dayNumberOf(...to),
});

describe('monthEquivalents', () => {
  it('counts a whole calendar month as one, whatever its length', () => {
    expect(toText(monthEquivalents(range([2024, 2, 1], [2024, 2, 29])))).toBe('1');
    expect(toText(monthEquivalents(range([2023, 2, 1], [2023, 2, 28])))).toBe('1');
    expect(toText(monthEquivalents(range([2024, 7, 1], [2024, 7, 31])))).toBe('1');
  });

  it('counts part of a month as the days covered over the days in that month', () => {
    expect(toText(monthEquivalents(range([2024, 4, 1], [2024, 4, 15])))).toBe('0.5');
  });

  it('adds the shares of every month a range touches', () => {
    // 17/31 of January, all of leap February, 10/31 of March.
    expect(toText(monthEquivalents(range([2024, 1, 15], [2024, 3, 10])), 12)).toBe(toText({ n: 58n, d: 31n }, 12));
  });

  it('counts twelve for a calendar year across a year end', () => {
    expect(toText(monthEquivalents(range([2023, 7, 1], [2024, 6, 30])))).toBe('12');
  });
});
