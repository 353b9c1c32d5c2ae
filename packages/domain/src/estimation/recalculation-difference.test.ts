import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, rational, sum, toFixed } from '../numbers/rational.ts';
import { recalculationDifference } from './recalculation-difference.ts';

const quantityArbitrary = fc.record({
  n: fc.bigInt({ min: 0n, max: 10n ** 9n }),
  d: fc.bigInt({ min: 1n, max: 1000n }),
});

describe('recalculationDifference', () => {
  it('credits 3.870 m3 when 25.000 m3 replaces estimates of 5 + 5 + 5 + 13.870', () => {
    const difference = recalculationDifference({
      actualQuantity: rational('25.000'),
      estimatedQuantities: [rational('5'), rational('5'), rational('5'), rational('13.870')],
    });
    expect(toFixed(difference, 3)).toBe('-3.870');
  });

  it('charges the shortfall when the reading shows more than was estimated', () => {
    const difference = recalculationDifference({
      actualQuantity: rational('40'),
      estimatedQuantities: [rational('110/3')],
    });
    expect(compare(difference, rational('10/3'))).toBe(0);
  });

  it('is the whole actual quantity when nothing was estimated', () => {
    expect(toFixed(recalculationDifference({ actualQuantity: rational('7.5'), estimatedQuantities: [] }), 1)).toBe(
      '7.5',
    );
  });

  it('added to the estimates gives the actual consumption', () => {
    fc.assert(
      fc.property(quantityArbitrary, fc.array(quantityArbitrary, { maxLength: 6 }), (actualQuantity, estimates) => {
        const difference = recalculationDifference({ actualQuantity, estimatedQuantities: estimates });
        expect(compare(add(difference, sum(estimates)), actualQuantity)).toBe(0);
      }),
    );
  });
});
