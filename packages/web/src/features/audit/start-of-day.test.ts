import { describe, expect, it } from 'vitest';
import { dayAfter, startOfDay } from './start-of-day.ts';

describe('startOfDay', () => {
  it('begins a day at midnight of the tenant time zone, not of the browser', () => {
    expect(startOfDay('2026-12-04', 'Europe/London')).toBe('2026-12-04T00:00:00.000Z');
    expect(startOfDay('2026-07-04', 'Europe/London')).toBe('2026-07-03T23:00:00.000Z');
    expect(startOfDay('2026-12-04', 'Asia/Shanghai')).toBe('2026-12-03T16:00:00.000Z');
    expect(startOfDay('2026-12-04', 'America/New_York')).toBe('2026-12-04T05:00:00.000Z');
  });

  it('takes the offset of the day itself on the days clocks change', () => {
    expect(startOfDay('2026-03-29', 'Europe/Paris')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDay('2026-03-30', 'Europe/Paris')).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDay('2026-10-25', 'Europe/Paris')).toBe('2026-10-24T22:00:00.000Z');
  });

  it('starts a day whose midnight a clock change skips at the first instant it has', () => {
    // São Paulo moved its clocks from 00:00 to 01:00 on 4 November 2018.
    expect(startOfDay('2018-11-04', 'America/Sao_Paulo')).toBe('2018-11-04T03:00:00.000Z');
  });
});

describe('dayAfter', () => {
  it('crosses months, years and leap days', () => {
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });
});
