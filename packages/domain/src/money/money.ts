import type { Rational } from '../numbers/rational.ts';
import { fromScaled, roundToScaled, scaledToText } from '../numbers/rational.ts';
import type { RoundingMode } from '../numbers/rounding-mode.ts';
import { minorUnitsOf } from './currencies.ts';

/** An amount of money: whole minor units (cents, fen, kopecks) of one currency. */
export interface Money {
  readonly amountMinor: bigint;
  readonly currency: string;
}

/** Rounds an exact amount once, with the tenant's mode, into the currency's minor units. */
export const toMoney = (amount: Rational, currency: string, mode: RoundingMode): Money => ({
  amountMinor: roundToScaled(amount, minorUnitsOf(currency), mode),
  currency,
});

/** The exact value of a money amount in major units (1820n CNY is 18.20). */
export const moneyValue = (money: Money): Rational => fromScaled(money.amountMinor, minorUnitsOf(money.currency));

/** "1820.00": the amount in major units with the currency's places, no symbol or grouping. */
export const formatMoney = (money: Money): string => scaledToText(money.amountMinor, minorUnitsOf(money.currency));
