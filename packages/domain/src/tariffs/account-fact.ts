import type { Rational } from '../numbers/rational.ts';
import type { AccountFacts } from './rating.ts';
import { RatingFailure } from './rating-failure.ts';

/** An account fact a component needs; its absence fails the rating with a clear code. */
export function requiredFact<Key extends keyof AccountFacts>(
  account: AccountFacts,
  key: Key,
  neededBy: string,
): NonNullable<AccountFacts[Key]> {
  const value = account[key];
  if (value === undefined || value === null) {
    throw new RatingFailure('account_fact_missing', `${neededBy} needs the account's ${key}`);
  }
  return value as NonNullable<AccountFacts[Key]>;
}

export type { Rational };
