import type { DayRange } from '../calendar/date-range.ts';
import { toMoney } from '../money/money.ts';
import { multiply, type Rational } from '../numbers/rational.ts';
import type { ComponentIdentity } from './compiled-plan.ts';
import type { LineDetail } from './rating.ts';
import type { MutableLine, RatingState } from './segment.ts';

/** A line of quantity × unit price, rounded once into money; its tax is filled in later. */
export function makeLine(
  state: RatingState,
  component: ComponentIdentity,
  line: { days: DayRange; quantity: Rational; unit: string; unitPrice: Rational; details: LineDetail[] },
  unroundedAmount: Rational = multiply(line.quantity, line.unitPrice),
): MutableLine {
  return {
    component: component.code,
    componentKind: component.kind,
    name: component.name,
    provider: component.provider,
    revenueCode: component.revenueCode,
    taxCategory: component.taxCategory,
    days: line.days,
    quantity: line.quantity,
    unit: line.unit,
    unitPrice: line.unitPrice,
    unroundedAmount,
    amount: toMoney(unroundedAmount, state.currency, state.rounding),
    tax: { amountMinor: 0n, currency: state.currency },
    details: line.details,
  };
}
