import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByWeights } from './allocate.ts';

const sumOf = (values: readonly bigint[]): bigint => values.reduce((total, value) => total + value, 0n);

describe('allocateByWeights', () => {
  it('splits a Russian ЕПД of 3,000.00 over 2,000 / 1,200 / 800 into 1,500.00 / 900.00 / 600.00', () => {
    expect(allocateByWeights(300000n, [200000n, 120000n, 80000n])).toEqual([150000n, 90000n, 60000n]);
  });

  it('gives the leftover cent of 1,000.00 over three equal weights to the first part', () => {
    expect(allocateByWeights(100000n, [1n, 1n, 1n])).toEqual([33334n, 33333n, 33333n]);
  });

  it('mirrors a negative total, a credit, part for part', () => {
    expect(allocateByWeights(-100000n, [1n, 1n, 1n])).toEqual([-33334n, -33333n, -33333n]);
  });

  it('hands leftover units to the largest remainders, not to the first parts', () => {
    // Exact shares 1.4, 3.6 and 5: the leftover unit goes to the 3.6.
    expect(allocateByWeights(10n, [14n, 36n, 50n])).toEqual([1n, 4n, 5n]);
  });

  it('gives nothing to a zero weight', () => {
    expect(allocateByWeights(101n, [0n, 1n, 0n, 1n])).toEqual([0n, 51n, 0n, 50n]);
  });

  it('allocates zero over zero weights and refuses anything else', () => {
    expect(allocateByWeights(0n, [0n, 0n])).toEqual([0n, 0n]);
    expect(allocateByWeights(0n, [])).toEqual([]);
    expect(() => allocateByWeights(1n, [0n, 0n])).toThrow(RangeError);
    expect(() => allocateByWeights(1n, [])).toThrow(RangeError);
  });

  it('refuses a negative weight', () => {
    expect(() => allocateByWeights(100n, [3n, -1n, 2n])).toThrow(RangeError);
  });

  const total = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
  const weights = fc
    .array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 9n })), { minLength: 1, maxLength: 12 })
    .filter((values) => sumOf(values) > 0n);

  it('parts always sum exactly to the total, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(total, weights, (totalMinor, weightList) => {
        const parts = allocateByWeights(totalMinor, weightList);
        const weightSum = sumOf(weightList);
        expect(parts).toHaveLength(weightList.length);
        expect(sumOf(parts)).toBe(totalMinor);
        for (const [index, part] of parts.entries()) {
          const weight = weightList[index] ?? 0n;
          // |part - total × weight / weightSum| < 1, kept in integers.
          const gap = part * weightSum - totalMinor * weight;
          expect(gap < weightSum && gap > -weightSum).toBe(true);
          if (weight === 0n) expect(part).toBe(0n);
          if (totalMinor !== 0n && part !== 0n) expect(part < 0n).toBe(totalMinor < 0n);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('splits a negative total as the negation of the positive one', () => {
    fc.assert(
      fc.property(total, weights, (totalMinor, weightList) => {
        const negated = allocateByWeights(-totalMinor, weightList).map((part) => -part);
        expect(allocateByWeights(totalMinor, weightList)).toEqual(negated);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses any list with a negative weight', () => {
    fc.assert(
      fc.property(
        total,
        fc.array(fc.bigInt({ min: 0n, max: 1000n }), { maxLength: 5 }),
        fc.bigInt({ min: -1000n, max: -1n }),
        fc.nat(5),
        (totalMinor, weightList, negative, at) => {
          const withNegative = [...weightList.slice(0, at), negative, ...weightList.slice(at)];
          expect(() => allocateByWeights(totalMinor, withNegative)).toThrow(RangeError);
        },
      ),
      { numRuns: 200 },
    );
  });
});
