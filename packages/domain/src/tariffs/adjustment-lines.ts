import { moneyValue } from '../money/money.ts';
import {
  add,
  compare,
  divide,
  isZero,
  min,
  multiply,
  negate,
  ONE,
  type Rational,
  rational,
  subtract,
  ZERO,
} from '../numbers/rational.ts';
import { chargeUnits } from './charge-units.ts';
import type { CompiledComponent } from './compiled-plan.ts';
import { makeLine } from './make-line.ts';
import type { MutableLine, RatingState, Segment } from './segment.ts';

const hundred = rational('100');

const chargedBy = (lines: readonly MutableLine[], codes: ReadonlySet<string>) =>
  lines.filter((line) => codes.has(line.component));

const sumAmounts = (lines: readonly MutableLine[]) =>
  lines.reduce((total, line) => add(total, moneyValue(line.amount)), ZERO);

/** Tops the named charges up to a minimum for the segment's days, when they fall short of it. */
export function minimumLines(
  state: RatingState,
  segment: Segment,
  component: Extract<CompiledComponent, { kind: 'minimum' }>,
  segmentLines: readonly MutableLine[],
): MutableLine[] {
  const days = segment.fixedDays ?? segment.usageDays;
  if (!days) return [];
  const units = chargeUnits(component.per, days, state.billing);
  const minimum = multiply(component.amount, units);
  const charged = sumAmounts(chargedBy(segmentLines, component.appliesTo));
  const shortfall = subtract(minimum, charged);
  if (compare(shortfall, ZERO) <= 0) return [];
  return [
    makeLine(
      state,
      component,
      {
        days,
        quantity: units,
        unit: component.per,
        unitPrice: component.amount,
        details: [...segment.versionDetails, { kind: 'minimum', minimum, charged }],
      },
      shortfall,
    ),
  ];
}

/**
 * A reduction of the named charges: a percentage, or a fixed amount for the segment's days
 * never exceeding them. A social norm (maxQuantity) limits it to that share of the quantity.
 */
export function discountLines(
  state: RatingState,
  segment: Segment,
  component: Extract<CompiledComponent, { kind: 'discount' }>,
  segmentLines: readonly MutableLine[],
): MutableLine[] {
  if (component.benefit && !state.account.benefits?.includes(component.benefit)) return [];
  const days = segment.fixedDays ?? segment.usageDays;
  const targets = chargedBy(segmentLines, component.appliesTo);
  if (!days || targets.length === 0) return [];
  const base = sumAmounts(targets);
  let share: Rational | null = null;
  if (component.maxQuantity) {
    const quantity = targets.reduce((total, line) => add(total, line.quantity), ZERO);
    share = isZero(quantity) ? ONE : min(ONE, divide(component.maxQuantity, quantity));
  }
  const discountedBase = share ? multiply(base, share) : base;
  const reduction = component.percent
    ? multiply(discountedBase, divide(component.percent, hundred))
    : min(multiply(component.amount ?? ZERO, chargeUnits(component.per, days, state.billing)), discountedBase);
  if (compare(reduction, ZERO) <= 0) return [];
  const unitPrice = component.percent ? negate(divide(component.percent, hundred)) : negate(ONE);
  return [
    makeLine(
      state,
      component,
      {
        days,
        quantity: component.percent ? discountedBase : reduction,
        unit: state.currency,
        unitPrice,
        details: [...segment.versionDetails, { kind: 'discount', percent: component.percent, base, share }],
      },
      negate(reduction),
    ),
  ];
}
