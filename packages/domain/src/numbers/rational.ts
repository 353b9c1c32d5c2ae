import { unreachable } from '../unreachable.ts';
import type { RoundingMode } from './rounding-mode.ts';

/**
 * An exact number as numerator / denominator (denominator > 0). Prices, quantities, rates
 * and day fractions are all exact: 100 kWh × 15/45 days stays 100/3 until it becomes money,
 * where it is rounded once with a named mode. Plain bigint arithmetic is also what makes
 * rating fast; a property test proves the results equal decimal.js at high precision.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const decimalPattern = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const fractionPattern = /^([+-]?\d+)\/(\d+)$/;
const powersOfTen: bigint[] = [1n];

export const pow10 = (exponent: number): bigint => {
  for (let next = powersOfTen.length; next <= exponent; next++) powersOfTen[next] = (powersOfTen[next - 1] ?? 1n) * 10n;
  return powersOfTen[exponent] ?? 10n ** BigInt(exponent);
};

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

/** True when text is a plain decimal ("2.07", "-3", "0.125") or a fraction ("1/300"). */
export const isRationalText = (text: string): boolean =>
  decimalPattern.test(text) || (fractionPattern.test(text) && !/\/0+$/.test(text));

/** Parses "2.07", "-3", "0.125" or "1/300". Throws on anything else: callers validate first. */
export function rational(text: string): Rational {
  const decimal = decimalPattern.exec(text);
  if (decimal) {
    const [, sign, whole = '0', fraction = ''] = decimal;
    const n = BigInt(whole + fraction);
    return { n: sign === '-' ? -n : n, d: pow10(fraction.length) };
  }
  const fraction = fractionPattern.exec(text);
  if (fraction) {
    const d = BigInt(fraction[2] ?? '1');
    if (d === 0n) throw new RangeError(`Division by zero in ${text}`);
    return reduce({ n: BigInt(fraction[1] ?? '0'), d });
  }
  throw new SyntaxError(`Not a decimal number: ${JSON.stringify(text)}`);
}

export const fromInteger = (value: bigint | number): Rational => ({ n: BigInt(value), d: 1n });

/** The exact value of a scaled integer: fromScaled(1820n, 2) is 18.20. */
export const fromScaled = (value: bigint, scale: number): Rational => ({ n: value, d: pow10(scale) });

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

// Denominators grow with each operation; reducing only past this size keeps the common case cheap.
const reduceAbove = 1n << 62n;

function reduce(value: Rational): Rational {
  const divisor = gcd(value.n, value.d);
  return divisor > 1n ? { n: value.n / divisor, d: value.d / divisor } : value;
}

const bounded = (value: Rational): Rational => (value.d > reduceAbove ? reduce(value) : value);

export function add(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  return bounded({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

export const negate = (a: Rational): Rational => ({ n: -a.n, d: a.d });

export const subtract = (a: Rational, b: Rational): Rational => add(a, negate(b));

export const multiply = (a: Rational, b: Rational): Rational => bounded({ n: a.n * b.n, d: a.d * b.d });

export function divide(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('Division by zero');
  return b.n < 0n ? bounded({ n: -a.n * b.d, d: a.d * -b.n }) : bounded({ n: a.n * b.d, d: a.d * b.n });
}

/** a × numerator / denominator, the shape of every proration (amount × days used / days). */
export function scale(a: Rational, numerator: bigint | number, denominator: bigint | number): Rational {
  const n = a.n * BigInt(numerator);
  const d = BigInt(denominator);
  // Every other operation relies on a positive denominator, so the sign moves to the numerator.
  if (d === 0n) throw new RangeError('Division by zero');
  return d < 0n ? bounded({ n: -n, d: a.d * -d }) : bounded({ n, d: a.d * d });
}

export const compare = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};

export const isZero = (a: Rational): boolean => a.n === 0n;
export const isNegative = (a: Rational): boolean => a.n < 0n;
export const min = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b);

export const sum = (values: readonly Rational[]): Rational => values.reduce(add, ZERO);

/** The value rounded to `places` decimals, as an integer scaled by 10^places. */
export function roundToScaled(value: Rational, places: number, mode: RoundingMode): bigint {
  const scaled = value.n * pow10(places);
  const quotient = scaled / value.d;
  const remainder = scaled - quotient * value.d;
  if (remainder === 0n) return quotient;
  const sign = scaled < 0n ? -1n : 1n;
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return quotient + sign;
    case 'half-up':
      return twiceRemainder >= value.d ? quotient + sign : quotient;
    case 'half-even': {
      if (twiceRemainder !== value.d) return twiceRemainder > value.d ? quotient + sign : quotient;
      return quotient % 2n === 0n ? quotient : quotient + sign;
    }
    default:
      return unreachable(mode);
  }
}

/** The value rounded to `places` decimals, as an exact rational. */
export const round = (value: Rational, places: number, mode: RoundingMode): Rational =>
  fromScaled(roundToScaled(value, places, mode), places);

/** "12.30" style text with exactly `places` decimals. */
export function toFixed(value: Rational, places: number, mode: RoundingMode = 'half-even'): string {
  return scaledToText(roundToScaled(value, places, mode), places);
}

/**
 * Shortest exact text when the value has at most `maxPlaces` decimals ("2.07", "100");
 * otherwise rounded half-even to `maxPlaces` and marked with "…" ("33.333333…").
 */
export function toText(value: Rational, maxPlaces = 6): string {
  const rounded = roundToScaled(value, maxPlaces, 'half-even');
  const isExact = rounded * value.d === value.n * pow10(maxPlaces);
  const text = scaledToText(rounded, maxPlaces);
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  return isExact ? trimmed : `${text}…`;
}

export function scaledToText(scaled: bigint, places: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const whole = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${whole}` : whole;
}
