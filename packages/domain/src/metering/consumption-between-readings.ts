import { add, fromInteger, isNegative, multiply, ONE, pow10, type Rational, subtract } from '../numbers/rational.ts';
import { fail, ok, type Result } from '../result.ts';

/**
 * Consumption between two register readings: the difference times the meter's multiplier.
 * A lower current reading is a rollover past the meter's last digit when the number of
 * digits is known (99 998 → 00 003 on five digits is 5), and negative consumption otherwise.
 */
export function consumptionBetweenReadings({
  previous,
  current,
  digits,
  multiplier = ONE,
}: {
  previous: Rational;
  current: Rational;
  digits?: number;
  multiplier?: Rational;
}): Result<Rational, 'negative_consumption'> {
  let difference = subtract(current, previous);
  if (isNegative(difference)) {
    if (digits === undefined) return fail('negative_consumption', 'The current reading is below the previous one');
    difference = add(difference, fromInteger(pow10(digits)));
    if (isNegative(difference)) return fail('negative_consumption', 'The readings differ by more than one rollover');
  }
  return ok(multiply(difference, multiplier));
}
