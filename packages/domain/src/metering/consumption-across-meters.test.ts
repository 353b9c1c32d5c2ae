import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, fromInteger, multiply, pow10, type Rational, rational, toText } from '../numbers/rational.ts';
import { consumptionAcrossMeters, fitsRegister, type MeterPart } from './consumption-across-meters.ts';

const part = (first: string, last: string, digits = 5, multiplier = '1'): MeterPart => ({
  first: rational(first),
  last: rational(last),
  digits,
  multiplier: rational(multiplier),
});
const total = (parts: MeterPart[]) => {
  const result = consumptionAcrossMeters(parts);
  return result.ok ? toText(result.value) : result.code;
};

describe('consumption across meters, on fixed readings', () => {
  it('rolls a five-digit register over: 99 990.5 → 00 012.25 is 21.75', () =>
    expect(total([part('99990.5', '12.25')])).toBe('21.75'));
  it('multiplies a current-transformer meter: 1 234.5 → 1 240 at ×40 is 220', () =>
    expect(total([part('1234.5', '1240', 6, '40')])).toBe('220'));
  it('adds the old meter up to its removal and the new one from its installation, on exchange day', () =>
    // Old: 512.3 → 530.8 (18.5); new, installed at 0.4: 0.4 → 7.15 (6.75).
    expect(total([part('512.3', '530.8'), part('0.4', '7.15', 6)])).toBe('25.25'));
  it('adds an old meter that rolled over before removal to a new meter with a multiplier', () =>
    expect(total([part('9998', '2', 4), part('10', '10.5', 5, '10')])).toBe('9'));
  it('is zero when nothing turned', () => expect(total([part('77', '77')])).toBe('0'));
  it('refuses a reading the register cannot show', () =>
    expect(total([part('100000', '100001', 5)])).toBe('reading_exceeds_register'));
});

describe('consumption across meters, properties', () => {
  // Readings as exact decimals with three places on registers of 1 to 9 digits.
  const register = fc.integer({ min: 1, max: 9 }).chain((digits) => {
    const top = Number(pow10(digits)) * 1000 - 1;
    const reading = fc.integer({ min: 0, max: top }).map((scaled) => ({ n: BigInt(scaled), d: 1000n }) as Rational);
    return fc.record({
      digits: fc.constant(digits),
      first: reading,
      turned: fc.integer({ min: 0, max: top }).map((scaled) => ({ n: BigInt(scaled), d: 1000n }) as Rational),
      multiplier: fc.constantFrom('1', '2.5', '40', '0.001').map(rational),
    });
  });
  // The register shows (first + turned) mod 10^digits: what the meter reads after `turned` units.
  const shown = (first: Rational, turned: Rational, digits: number): Rational => {
    const wrap = pow10(digits) * first.d;
    const n = (first.n + turned.n) % wrap;
    return { n, d: first.d };
  };

  it('recovers exactly what turned through the register, times the multiplier, across one rollover', () => {
    fc.assert(
      fc.property(register, ({ digits, first, turned, multiplier }) => {
        const last = shown(first, turned, digits);
        const result = consumptionAcrossMeters([{ first, last, digits, multiplier }]);
        expect(result.ok && toText(result.value)).toBe(toText(multiply(turned, multiplier)));
      }),
    );
  });

  it('sums an exchange as its two parts, in any order of parts', () => {
    fc.assert(
      fc.property(register, register, (old, fresh) => {
        const parts: MeterPart[] = [old, fresh].map(({ digits, first, turned, multiplier }) => ({
          first,
          last: shown(first, turned, digits),
          digits,
          multiplier,
        }));
        const expected = add(multiply(old.turned, old.multiplier), multiply(fresh.turned, fresh.multiplier));
        const forward = consumptionAcrossMeters(parts);
        const backward = consumptionAcrossMeters([...parts].reverse());
        expect(forward.ok && toText(forward.value)).toBe(toText(expected));
        expect(backward.ok && toText(backward.value)).toBe(toText(expected));
      }),
    );
  });

  it('a register shows exactly the values below 10^digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.bigInt({ min: 0n, max: 10n ** 13n }), (digits, value) => {
        expect(fitsRegister(fromInteger(value), digits)).toBe(value < pow10(digits));
      }),
    );
  });
});
