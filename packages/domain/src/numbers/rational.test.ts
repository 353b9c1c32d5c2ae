import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  divide,
  fromInteger,
  fromScaled,
  isNegative,
  isRationalText,
  isZero,
  max,
  min,
  multiply,
  negate,
  ONE,
  pow10,
  type Rational,
  rational,
  round,
  roundToScaled,
  scale,
  scaledToText,
  subtract,
  sum,
  toFixed,
  toText,
  ZERO,
} from './rational.ts';
import { type RoundingMode, roundingModes } from './rounding-mode.ts';

const equal = (a: Rational, b: Rational): boolean => compare(a, b) === 0;

describe('rational', () => {
  it('parses plain decimals without reducing them', () => {
    expect(rational('2.07')).toEqual({ n: 207n, d: 100n });
    expect(rational('-0.5')).toEqual({ n: -5n, d: 10n });
    expect(rational('+3')).toEqual({ n: 3n, d: 1n });
    expect(rational('2.50')).toEqual({ n: 250n, d: 100n });
  });

  it('reads leading zeros as decimal, not octal', () => {
    expect(rational('007')).toEqual({ n: 7n, d: 1n });
    expect(rational('-007.010')).toEqual({ n: -7010n, d: 1000n });
  });

  it('parses fractions in lowest terms', () => {
    expect(rational('1/300')).toEqual({ n: 1n, d: 300n });
    expect(rational('15/45')).toEqual({ n: 1n, d: 3n });
    expect(rational('-6/4')).toEqual({ n: -3n, d: 2n });
    expect(rational('0/7')).toEqual({ n: 0n, d: 1n });
  });

  it('refuses a fraction over zero', () => {
    expect(isRationalText('1/0')).toBe(false);
    expect(() => rational('1/0')).toThrow(RangeError);
  });

  it.each(['1e3', '', '1.', '.5', 'abc', ' 1', '1 ', '1,5', '--1', '1/-3', '1.5/2', '0x10', 'Infinity', 'NaN'])(
    'refuses %j',
    (text) => {
      expect(isRationalText(text)).toBe(false);
      expect(() => rational(text)).toThrow(SyntaxError);
    },
  );

  it('accepts exactly the texts isRationalText accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789+-./e '), maxLength: 8 }), (text) => {
        if (isRationalText(text)) expect(() => rational(text)).not.toThrow();
        else expect(() => rational(text)).toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('arithmetic', () => {
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    expect(equal(add(rational('0.1'), rational('0.2')), rational('0.3'))).toBe(true);
  });

  it('adds over different denominators', () => {
    expect(equal(add(rational('1/3'), rational('1/6')), rational('1/2'))).toBe(true);
    expect(equal(subtract(rational('1/3'), rational('0.5')), rational('-1/6'))).toBe(true);
  });

  it('multiplies and divides exactly', () => {
    expect(equal(multiply(rational('2.07'), rational('12.5')), rational('25.875'))).toBe(true);
    expect(equal(divide(rational('1'), rational('3')), rational('1/3'))).toBe(true);
    expect(equal(multiply(divide(ONE, fromInteger(3)), fromInteger(3)), ONE)).toBe(true);
  });

  it('keeps the denominator positive when dividing by a negative', () => {
    const quotient = divide(rational('1.5'), rational('-0.5'));
    expect(quotient.d > 0n).toBe(true);
    expect(equal(quotient, fromInteger(-3))).toBe(true);
  });

  it('refuses to divide by zero', () => {
    expect(() => divide(ONE, ZERO)).toThrow(RangeError);
    expect(() => divide(ONE, rational('0.000'))).toThrow(RangeError);
  });

  it('scales 100 kWh by 15 of 45 days to exactly 100/3', () => {
    const share = scale(fromInteger(100), 15, 45);
    expect(equal(share, rational('100/3'))).toBe(true);
    expect(toText(share)).toBe('33.333333…');
    expect(equal(scale(share, 3n, 1n), fromInteger(100))).toBe(true);
  });

  it('keeps the denominator positive when scaling by a negative denominator', () => {
    const scaled = scale(fromInteger(10), 1, -4);
    expect(scaled.d > 0n).toBe(true);
    expect(equal(scaled, rational('-2.5'))).toBe(true);
    expect(compare(scaled, ZERO)).toBe(-1);
  });

  it('refuses to scale by a zero denominator', () => {
    expect(() => scale(ONE, 1, 0)).toThrow(RangeError);
  });

  it('negates, sums, and picks the smaller and larger', () => {
    expect(equal(negate(rational('2.5')), rational('-2.5'))).toBe(true);
    expect(equal(sum([rational('0.1'), rational('1/3'), rational('-2/3')]), rational('-7/30'))).toBe(true);
    expect(sum([])).toEqual(ZERO);
    expect(min(rational('1/3'), rational('0.333'))).toEqual(rational('0.333'));
    expect(max(rational('1/3'), rational('0.333'))).toEqual(rational('1/3'));
  });

  it('tells zero and negative values apart', () => {
    expect(isZero(rational('0.00'))).toBe(true);
    expect(isZero(rational('-0'))).toBe(true);
    expect(isNegative(rational('-0'))).toBe(false);
    expect(isNegative(rational('-0.001'))).toBe(true);
  });

  it('compares equal values written differently as equal', () => {
    expect(compare(rational('2.50'), rational('5/2'))).toBe(0);
    expect(compare(rational('1/3'), rational('0.333333'))).toBe(1);
    expect(compare(rational('-1/3'), rational('-0.333333'))).toBe(-1);
  });

  it('keeps denominators bounded along a long chain without changing the value', () => {
    let value = ONE;
    for (let step = 0; step < 200; step++) value = multiply(value, rational(step % 2 === 0 ? '3/7' : '7/3'));
    expect(compare(value, ONE)).toBe(0);
    expect(value.d < 1n << 70n).toBe(true);
  });

  it('builds values from scaled integers and powers of ten', () => {
    expect(equal(fromScaled(1820n, 2), rational('18.2'))).toBe(true);
    expect(pow10(0)).toBe(1n);
    expect(pow10(3)).toBe(1000n);
    expect(pow10(30)).toBe(10n ** 30n);
  });
});

describe('roundToScaled', () => {
  const modes = ['half-up', 'half-even', 'down', 'up'] as const;

  it('offers the four modes', () => {
    expect([...roundingModes].sort()).toEqual([...modes].sort());
  });

  // value → [half-up, half-even, down, up] at 0 places
  it.each([
    ['2.5', [3n, 2n, 2n, 3n]],
    ['-2.5', [-3n, -2n, -2n, -3n]],
    ['3.5', [4n, 4n, 3n, 4n]],
    ['-3.5', [-4n, -4n, -3n, -4n]],
    ['0.5', [1n, 0n, 0n, 1n]],
    ['-0.5', [-1n, 0n, 0n, -1n]],
    ['2.4999999', [2n, 2n, 2n, 3n]],
    ['2.5000001', [3n, 3n, 2n, 3n]],
    ['-2.4999999', [-2n, -2n, -2n, -3n]],
    ['-2.5000001', [-3n, -3n, -2n, -3n]],
    ['2.7', [3n, 3n, 2n, 3n]],
    ['-2.7', [-3n, -3n, -2n, -3n]],
    ['2.1', [2n, 2n, 2n, 3n]],
    ['-2.1', [-2n, -2n, -2n, -3n]],
    ['2', [2n, 2n, 2n, 2n]],
    ['-2', [-2n, -2n, -2n, -2n]],
    ['0', [0n, 0n, 0n, 0n]],
    ['5/2', [3n, 2n, 2n, 3n]],
    ['-7/2', [-4n, -4n, -3n, -4n]],
    ['1/3', [0n, 0n, 0n, 1n]],
    ['-2/3', [-1n, -1n, 0n, -1n]],
  ] as const)('rounds %s to whole units', (text, expected) => {
    for (const [index, mode] of modes.entries()) {
      expect(roundToScaled(rational(text), 0, mode), mode).toBe(expected[index]);
    }
  });

  // value → [half-up, half-even, down, up] at 2 places
  it.each([
    ['1.005', [101n, 100n, 100n, 101n]],
    ['1.015', [102n, 102n, 101n, 102n]],
    ['-1.005', [-101n, -100n, -100n, -101n]],
    ['-1.015', [-102n, -102n, -101n, -102n]],
    ['1/8', [13n, 12n, 12n, 13n]],
    ['3/8', [38n, 38n, 37n, 38n]],
    ['-1/8', [-13n, -12n, -12n, -13n]],
    ['1.0049999', [100n, 100n, 100n, 101n]],
    ['1.0050001', [101n, 101n, 100n, 101n]],
    ['-0.004', [0n, 0n, 0n, -1n]],
    ['12.3', [1230n, 1230n, 1230n, 1230n]],
  ] as const)('rounds %s to cents', (text, expected) => {
    for (const [index, mode] of modes.entries()) {
      expect(roundToScaled(rational(text), 2, mode), mode).toBe(expected[index]);
    }
  });

  it('returns the rounded value as an exact rational', () => {
    expect(equal(round(rational('2/3'), 3, 'half-up'), rational('0.667'))).toBe(true);
    expect(equal(round(rational('-2/3'), 3, 'down'), rational('-0.666'))).toBe(true);
  });
});

describe('toFixed', () => {
  it('pads to the requested places', () => {
    expect(toFixed(rational('12.3'), 2)).toBe('12.30');
    expect(toFixed(rational('7'), 3)).toBe('7.000');
    expect(toFixed(rational('0.05'), 2)).toBe('0.05');
    expect(toFixed(rational('-0.05'), 2)).toBe('-0.05');
  });

  it('rounds half-even unless told otherwise', () => {
    expect(toFixed(rational('2.5'), 0)).toBe('2');
    expect(toFixed(rational('2.5'), 0, 'half-up')).toBe('3');
    expect(toFixed(rational('1/3'), 4)).toBe('0.3333');
    expect(toFixed(rational('-1/3'), 4, 'up')).toBe('-0.3334');
  });

  it('writes no negative zero', () => {
    expect(toFixed(rational('-0.004'), 2)).toBe('0.00');
    expect(toFixed(rational('-0.4'), 0)).toBe('0');
    expect(toFixed(rational('-0.005'), 2, 'half-up')).toBe('-0.01');
  });

  it('formats scaled integers', () => {
    expect(scaledToText(1820n, 2)).toBe('18.20');
    expect(scaledToText(-5n, 2)).toBe('-0.05');
    expect(scaledToText(7n, 0)).toBe('7');
    expect(scaledToText(-1234n, 0)).toBe('-1234');
    expect(scaledToText(0n, 3)).toBe('0.000');
  });
});

describe('toText', () => {
  it('writes exact values in their shortest form', () => {
    expect(toText(rational('2.07'))).toBe('2.07');
    expect(toText(rational('2.070'))).toBe('2.07');
    expect(toText(rational('100.000'))).toBe('100');
    expect(toText(rational('100'))).toBe('100');
    expect(toText(rational('-0.5'))).toBe('-0.5');
    expect(toText(rational('1/8'))).toBe('0.125');
    expect(toText(ZERO)).toBe('0');
    expect(toText(rational('0.000001'))).toBe('0.000001');
  });

  it('marks values it had to round with an ellipsis', () => {
    expect(toText(rational('100/3'))).toBe('33.333333…');
    expect(toText(rational('2/3'))).toBe('0.666667…');
    expect(toText(rational('-1/3'))).toBe('-0.333333…');
    expect(toText(rational('0.0000001'))).toBe('0.000000…');
    expect(toText(rational('1/8'), 2)).toBe('0.12…');
    expect(toText(rational('1/3'), 0)).toBe('0…');
  });

  it('writes every decimal back as decimal.js does', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        expect(toText(rational(text))).toBe(new Decimal(text).toFixed());
      }),
      { numRuns: 300 },
    );
  });
});

// Random decimals as a rating engine meets them: up to ten significant digits, 0–6 places.
const decimalText = fc
  .record({
    digits: fc.bigInt({ min: -(10n ** 10n) + 1n, max: 10n ** 10n - 1n }),
    places: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ digits, places }) => new Decimal(digits.toString()).dividedBy(10 ** places).toFixed(places));

const nonZeroDecimalText = decimalText.filter((text) => !new Decimal(text).isZero());

type Step =
  | { kind: 'add' | 'subtract' | 'multiply'; operand: string }
  | { kind: 'divide'; operand: string }
  | { kind: 'scale'; daysUsed: number; daysInPeriod: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('add' as const, 'subtract' as const, 'multiply' as const), operand: decimalText }),
  fc.record({ kind: fc.constant('divide' as const), operand: nonZeroDecimalText }),
  fc.integer({ min: 1, max: 366 }).chain((daysInPeriod) =>
    fc.record({
      kind: fc.constant('scale' as const),
      daysUsed: fc.integer({ min: 0, max: daysInPeriod }),
      daysInPeriod: fc.constant(daysInPeriod),
    }),
  ),
  fc.constant<Step>({ kind: 'scale', daysUsed: 15, daysInPeriod: 45 }),
);

const chain = fc.record({ start: decimalText, steps: fc.array(step, { maxLength: 4 }) });

function rationalChain(start: string, steps: readonly Step[]): Rational {
  let value = rational(start);
  for (const next of steps) {
    if (next.kind === 'scale') value = scale(value, next.daysUsed, next.daysInPeriod);
    else {
      const operation = { add, subtract, multiply, divide }[next.kind];
      value = operation(value, rational(next.operand));
    }
  }
  return value;
}

const HighPrecision = Decimal.clone({ precision: 60 });

/**
 * The same chain in decimal.js. Its division rounds (1/3 × 3 is 0.999…9, which rounds down
 * to 0 where the exact value is 1), so divisors are multiplied into a denominator and divided
 * once at the end. Numerator and denominator stay well inside 60 digits, so the only rounding
 * is that last division, far finer than the 6 places compared, and an exact half stays one.
 */
function decimalChain(start: string, steps: readonly Step[]): Decimal {
  let numerator = new HighPrecision(start);
  let denominator = new HighPrecision(1);
  for (const next of steps) {
    switch (next.kind) {
      case 'add':
        numerator = numerator.plus(denominator.times(next.operand));
        break;
      case 'subtract':
        numerator = numerator.minus(denominator.times(next.operand));
        break;
      case 'multiply':
        numerator = numerator.times(next.operand);
        break;
      case 'divide':
        denominator = denominator.times(next.operand);
        break;
      case 'scale':
        numerator = numerator.times(next.daysUsed);
        denominator = denominator.times(next.daysInPeriod);
        break;
    }
  }
  return numerator.dividedBy(denominator);
}

const decimalRounding: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

describe('exactness against decimal.js', () => {
  it('rounds any chain of operations as decimal.js at 60 digits does, in every mode and to 0–6 places', () => {
    fc.assert(
      fc.property(chain, ({ start, steps }) => {
        const exact = rationalChain(start, steps);
        const expected = decimalChain(start, steps);
        for (const mode of roundingModes) {
          for (let places = 0; places <= 6; places++) {
            const oracle = expected.toDecimalPlaces(places, decimalRounding[mode]);
            expect(toFixed(exact, places, mode), `${mode} to ${places} places`).toBe(oracle.toFixed(places));
            expect(roundToScaled(exact, places, mode)).toBe(BigInt(oracle.times(10 ** places).toFixed(0)));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rounds exact halves at every place as decimal.js does', () => {
    const half = fc
      .record({
        whole: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
        places: fc.integer({ min: 0, max: 6 }),
      })
      .map(({ whole, places }) =>
        new Decimal(whole.toString()).plus(new Decimal(whole < 0n ? -0.5 : 0.5)).dividedBy(10 ** places),
      );
    fc.assert(
      fc.property(half, fc.integer({ min: 0, max: 6 }), (value, places) => {
        const exact = rational(value.toFixed());
        for (const mode of roundingModes) {
          const oracle = value.toDecimalPlaces(places, decimalRounding[mode]).toFixed(places);
          expect(toFixed(exact, places, mode), mode).toBe(oracle);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('laws', () => {
  const value = fc.oneof(
    decimalText.map(rational),
    fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
      .map(([n, d]) => rational(`${n}/${d}`)),
  );

  it('adds and multiplies in any order', () => {
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        expect(compare(add(a, b), add(b, a))).toBe(0);
        expect(compare(multiply(a, b), multiply(b, a))).toBe(0);
        expect(compare(add(add(a, b), c), add(a, add(b, c)))).toBe(0);
        expect(compare(multiply(multiply(a, b), c), multiply(a, multiply(b, c)))).toBe(0);
        expect(compare(multiply(a, add(b, c)), add(multiply(a, b), multiply(a, c)))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('compares with the sign of the difference', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const difference = subtract(a, b);
        const sign = difference.n < 0n ? -1 : difference.n > 0n ? 1 : 0;
        expect(compare(a, b)).toBe(sign);
        expect(compare(b, a)).toBe(-sign || 0);
        expect(compare(add(difference, b), a)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('undoes division by multiplication', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        fc.pre(!isZero(b));
        const quotient = divide(a, b);
        expect(quotient.d > 0n).toBe(true);
        expect(compare(multiply(quotient, b), a)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
