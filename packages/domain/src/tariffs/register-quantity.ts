import type { Rational } from '../numbers/rational.ts';
import { RatingFailure } from './rating-failure.ts';
import type { Segment } from './segment.ts';

/** The segment's consumption on a register; null when the bill has no usage at all. */
export function registerQuantity(segment: Segment, register: string, neededBy: string): Rational | null {
  if (!segment.usageDays) return null;
  const quantity = segment.quantities.get(register);
  if (!quantity)
    throw new RatingFailure('register_missing', `${neededBy} prices register "${register}", which the usage lacks`);
  return quantity;
}
