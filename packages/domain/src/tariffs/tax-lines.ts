import type { DayRange } from '../calendar/date-range.ts';
import { moneyValue, toMoney } from '../money/money.ts';
import { add, divide, multiply, type Rational, rational, toText, ZERO } from '../numbers/rational.ts';
import type { CompiledComponent } from './compiled-plan.ts';
import { makeLine } from './make-line.ts';
import type { TaxTotal } from './rating.ts';
import type { MutableLine, RatingState } from './segment.ts';

const hundred = rational('100');

type TaxComponent = Extract<CompiledComponent, { kind: 'tax' }>;

/** The lines one tax applies to, gathered over every version piece that levies it at the same rate. */
export interface TaxGroup {
  readonly component: TaxComponent;
  readonly lines: MutableLine[];
  days: DayRange;
}

const groupKeys = new WeakMap<TaxComponent, string>();

// Versions that levy the same category at the same rate tax their pieces together.
function groupKeyOf(component: TaxComponent): string {
  const key = `${component.category}|${toText(component.ratePercent, 12)}|${component.inclusive}`;
  groupKeys.set(component, key);
  return key;
}

/** Adds a piece's taxed lines to the group of its tax, keyed by category, rate and inclusion. */
export function gatherTaxed(
  groups: Map<string, TaxGroup>,
  component: TaxComponent,
  lines: readonly MutableLine[],
  days: DayRange,
) {
  const taxed = lines.filter((line) => line.taxCategory === component.category);
  if (taxed.length === 0) return;
  const key = groupKeys.get(component) ?? groupKeyOf(component);
  const group = groups.get(key);
  if (!group) {
    groups.set(key, { component, lines: [...taxed], days });
    return;
  }
  group.lines.push(...taxed);
  group.days = { first: Math.min(group.days.first, days.first), last: Math.max(group.days.last, days.last) };
}

/**
 * Tax on a category's total, computed once and rounded once (as EN 16931 does), then shared
 * among the category's lines so their shares add up to it exactly. Exclusive tax becomes a
 * line of its own; included tax is only reported.
 */
export function taxLines(state: RatingState, group: TaxGroup, taxes: TaxTotal[]): MutableLine[] {
  const { component, lines: taxed } = group;
  const base = taxed.reduce((total, line) => add(total, moneyValue(line.amount)), ZERO);
  const fraction = component.inclusive
    ? divide(component.ratePercent, add(hundred, component.ratePercent))
    : divide(component.ratePercent, hundred);
  const exactTax = multiply(base, fraction);
  const tax = toMoney(exactTax, state.currency, state.rounding);
  const shares = shareTax(
    tax.amountMinor,
    taxed.map((line) => line.amount.amountMinor),
    fraction,
  );
  taxed.forEach((line, index) => {
    line.tax = { amountMinor: shares[index] ?? 0n, currency: state.currency };
  });
  taxes.push({
    category: component.category,
    ratePercent: component.ratePercent,
    inclusive: component.inclusive,
    base: toMoney(base, state.currency, state.rounding),
    amount: tax,
  });
  if (component.inclusive) return [];
  return [
    makeLine(
      state,
      component,
      {
        days: group.days,
        quantity: base,
        unit: state.currency,
        unitPrice: divide(component.ratePercent, hundred),
        details: [{ kind: 'tax', ratePercent: component.ratePercent, base }],
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
