import { type Rational, subtract, sum } from '../numbers/rational.ts';

/**
 * What a real reading changes about periods billed on estimates: the actual consumption over
 * those periods minus the quantities billed for them; negative is a credit on the next bill.
 */
export function recalculationDifference({
  actualQuantity,
  estimatedQuantities,
}: {
  actualQuantity: Rational;
  estimatedQuantities: readonly Rational[];
}): Rational {
  return subtract(actualQuantity, sum(estimatedQuantities));
}
