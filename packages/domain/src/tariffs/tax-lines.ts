import { moneyValue, toMoney } from '../money/money.ts';
import { add, divide, multiply, type Rational, rational, ZERO } from '../numbers/rational.ts';
import type { CompiledComponent } from './compiled-plan.ts';
import { makeLine } from './make-line.ts';
import type { TaxTotal } from './rating.ts';
import type { MutableLine, RatingState, Segment } from './segment.ts';

const hundred = rational('100');

/**
 * Tax per category, computed once on the category's total (as EN 16931 does) and rounded
 * once, then shared among the category's lines so their shares add up to it exactly.
 * Exclusive tax becomes a line of its own; included tax is only reported.
 */
export function taxLines(
  state: RatingState,
  segment: Segment,
  component: Extract<CompiledComponent, { kind: 'tax' }>,
  segmentLines: readonly MutableLine[],
  taxes: TaxTotal[],
): MutableLine[] {
  const taxed = segmentLines.filter((line) => line.taxCategory === component.category);
  if (taxed.length === 0) return [];
  const base = taxed.reduce((total, line) => add(total, moneyValue(line.amount)), ZERO);
  const fraction = component.inclusive
    ? divide(component.ratePercent, add(hundred, component.ratePercent))
    : divide(component.ratePercent, hundred);
  const exactTax = multiply(base, fraction);
  const tax = toMoney(exactTax, state.currency, state.rounding);
  shareTax(
    tax.amountMinor,
    taxed.map((line) => line.amount.amountMinor),
    fraction,
  ).forEach((share, index) => {
    const line = taxed[index];
    if (line) line.tax = { amountMinor: share, currency: state.currency };
  });
  taxes.push({
    category: component.category,
    ratePercent: component.ratePercent,
    inclusive: component.inclusive,
    base: toMoney(base, state.currency, state.rounding),
    amount: tax,
  });
  if (component.inclusive) return [];
  const days = segment.fixedDays ?? segment.usageDays ?? state.billing;
  return [
    makeLine(
      state,
      component,
      {
        days,
        quantity: base,
        unit: state.currency,
        unitPrice: divide(component.ratePercent, hundred),
        details: [...segment.commonDetails, { kind: 'tax', ratePercent: component.ratePercent, base }],
      },
      exactTax,
    ),
  ];
}

/**
 * Splits a rounded tax over the lines whose exact shares are amount × fraction: each line
 * gets its share's floor, and the units left go to the largest remainders (earlier first).
 */
function shareTax(totalMinor: bigint, amountsMinor: readonly bigint[], fraction: Rational): bigint[] {
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let leftover = totalMinor;
  for (const amount of amountsMinor) {
    const numerator = amount * fraction.n;
    let floor = numerator / fraction.d;
    if (numerator < 0n && floor * fraction.d !== numerator) floor -= 1n;
    parts.push(floor);
    remainders.push(numerator - floor * fraction.d);
    leftover -= floor;
  }
  if (leftover === 0n) return parts;
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (let turn = 0; leftover > 0n; turn++) {
    const target = order[turn % order.length];
    if (!target) break;
    parts[target.index] = (parts[target.index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return parts;
}
