import { Temporal } from 'temporal-polyfill';
import { expect } from 'vitest';
import { formatMoney } from '../../money/money.ts';
import { type Rational, rational } from '../../numbers/rational.ts';
import { explainLine } from '../explain-line.ts';
import type { PriceComponent, PricePlan, PricePlanVersion } from '../price-plan.ts';
import { rate } from '../rate.ts';
import type { RatedBill, RatingInput } from '../rating.ts';

/** The parts of a component a scenario does not care about. */
export const about = (code: string) => ({
  code,
  name: { en: code.replaceAll('_', ' ') },
  provider: 'utility',
  revenueCode: `4000-${code}`,
});

export const planOf = (
  versions: PricePlanVersion[],
  extra: Partial<Pick<PricePlan, 'currency' | 'versionChange'>> = {},
): PricePlan => ({ code: 'scenario', name: { en: 'Scenario plan' }, currency: 'EUR', versions, ...extra });

export const versionOf = (
  effectiveFrom: string,
  components: PriceComponent[],
  extra: Partial<PricePlanVersion> = {},
) => ({
  effectiveFrom,
  components,
  ...extra,
});

export const days = (start: string, end: string) => ({
  start: Temporal.PlainDate.from(start),
  end: Temporal.PlainDate.from(end),
});

export const q = (text: string): Rational => rational(text);

/** Rates and insists on success, so a scenario reads as the story it tells. */
export function rated(input: Omit<RatingInput, 'rounding'> & Partial<Pick<RatingInput, 'rounding'>>): RatedBill {
  const result = rate({ rounding: 'half-up', ...input });
  if (!result.ok) throw new Error(`Rating failed: ${result.code} ${result.detail ?? ''}`);
  return result.value;
}

/** Lines as [component, amount] pairs, the way a bill lists them. */
export const amounts = (bill: RatedBill) => bill.lines.map((line) => [line.component, formatMoney(line.amount)]);

export const total = (bill: RatedBill) => formatMoney(bill.total);

/** Every line's explanation, e.g. for a failing test's message or a snapshot. */
export const explanations = (bill: RatedBill) => bill.lines.map(explainLine);

export const expectTotal = (bill: RatedBill, expected: string) =>
  expect(total(bill), explanations(bill).join('\n')).toBe(expected);
