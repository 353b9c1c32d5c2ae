import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { todayIn } from './today-in.ts';

describe('todayIn', () => {
  const instant = Temporal.Instant.from('2026-12-31T23:30:00Z');

  it('is already the next day east of Greenwich', () => {
    expect(todayIn({ instant, timeZone: 'Asia/Shanghai' }).toString()).toBe('2027-01-01');
  });

  it('is still the same day in UTC and west of it', () => {
    expect(todayIn({ instant, timeZone: 'UTC' }).toString()).toBe('2026-12-31');
    expect(todayIn({ instant, timeZone: 'America/Chicago' }).toString()).toBe('2026-12-31');
  });
});
