import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type EffectivePeriod, firstOverlap } from './effective-periods.ts';

const dayOf = (offset: number) => Temporal.PlainDate.from('2026-01-01').add({ days: offset }).toString();

const keyed = fc.record({
  key: fc.constantFrom('a', 'b'),
  first: fc.integer({ min: 0, max: 40 }),
  length: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
});

describe('firstOverlap', () => {
  it('finds periods sharing their boundary day; the next day is free', () => {
    const byName = (period: { name: string }) => period.name;
    const anna = { name: 'Anna', startOn: '2026-01-01', endOn: '2026-03-31' };
    expect(firstOverlap([anna, { name: 'Anna', startOn: '2026-03-31', endOn: null }], byName)).toBeDefined();
    expect(firstOverlap([anna, { name: 'Anna', startOn: '2026-04-01', endOn: null }], byName)).toBeUndefined();
    expect(firstOverlap([anna, { name: 'Boris', startOn: '2026-02-01', endOn: null }], byName)).toBeUndefined();
  });

  it('treats an open period as running for ever', () => {
    const open = { startOn: '2020-01-01', endOn: null };
    expect(firstOverlap([{ startOn: '2030-05-01', endOn: '2030-05-02' }, open], () => 'k')).toBeDefined();
  });

  it('reports an overlap exactly when two periods of a key share a day', () => {
    fc.assert(
      fc.property(fc.array(keyed, { maxLength: 6 }), (specs) => {
        const periods = specs.map(({ key, first, length }) => ({
          key,
          first,
          last: length === null ? Number.POSITIVE_INFINITY : first + length,
          startOn: dayOf(first),
          endOn: length === null ? null : dayOf(first + length),
        }));
        const sharing = periods.some((a, i) =>
          periods.some((b, j) => i < j && a.key === b.key && Math.max(a.first, b.first) <= Math.min(a.last, b.last)),
        );
        const found = firstOverlap<EffectivePeriod & { key: string }>(periods, (period) => period.key);
        expect(found !== undefined).toBe(sharing);
        if (found) expect(found[0].key).toBe(found[1].key);
      }),
    );
  });
});
