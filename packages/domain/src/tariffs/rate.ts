import { intersect } from '../calendar/date-range.ts';
import { ZERO } from '../numbers/rational.ts';
import { fail, ok, type Result } from '../result.ts';
import { discountLines, minimumLines } from './adjustment-lines.ts';
import { compilePricePlan } from './compile-price-plan.ts';
import { fixedChargeLines } from './fixed-charge-lines.ts';
import { checkedDays, prepareUsage } from './prepare-usage.ts';
import type { RatedBill, RatingErrorCode, RatingInput, TaxTotal } from './rating.ts';
import { RatingFailure } from './rating-failure.ts';
import { seasonalLines } from './seasonal-lines.ts';
import type { MutableLine, RatingState, Segment } from './segment.ts';
import { taxLines } from './tax-lines.ts';
import { tieredLines } from './tiered-lines.ts';
import { timeOfUseLines } from './time-of-use-lines.ts';
import { versionSegments } from './version-segments.ts';
import { volumetricLines } from './volumetric-lines.ts';

/**
 * Rates one account's period on a price plan: consumption and days in, bill lines out, each
 * rounded once and carrying the details that explain it. Deterministic: the same input
 * always gives the same lines, to the cent.
 */
export function rate(input: RatingInput): Result<RatedBill, RatingErrorCode> {
  const { plan, problems } = compilePricePlan(input.plan);
  if (!plan)
    return fail('price_plan_invalid', problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
  try {
    const billing = checkedDays(input.billingPeriod, 'billingPeriod');
    const service = input.servicePeriod ? checkedDays(input.servicePeriod, 'servicePeriod') : billing;
    const usage = input.usage ? prepareUsage(input.usage) : null;
    const account = input.account ?? {};
    const state: RatingState = {
      currency: plan.currency,
      rounding: input.rounding,
      billing,
      account,
      yearToDate: new Map(),
      initialYearToDate: input.yearToDate ?? ZERO,
      lines: [],
    };
    const fixedDays = intersect(billing, service) ?? null;
    const taxes: TaxTotal[] = [];
    for (const segment of versionSegments(plan, { billing, fixedDays, usage, account })) {
      state.lines.push(...segmentLines(state, segment, taxes));
    }
    let totalMinor = 0n;
    for (const line of state.lines) totalMinor += line.amount.amountMinor;
    return ok({
      currency: plan.currency,
      lines: state.lines,
      taxes: mergeTaxes(taxes),
      total: { amountMinor: totalMinor, currency: plan.currency },
    });
  } catch (error) {
    if (error instanceof RatingFailure) return fail(error.code, error.detail);
    throw error;
  }
}

// Charges first, then what depends on them: minimums, discounts, and last the taxes on all of it.
function segmentLines(state: RatingState, segment: Segment, taxes: TaxTotal[]): MutableLine[] {
  const lines: MutableLine[] = [];
  for (const component of segment.version.components) {
    switch (component.kind) {
      case 'fixed':
        lines.push(...fixedChargeLines(state, segment, component));
        break;
      case 'volumetric':
        lines.push(...volumetricLines(state, segment, component));
        break;
      case 'tiered':
        lines.push(...tieredLines(state, segment, component));
        break;
      case 'seasonal':
        lines.push(...seasonalLines(state, segment, component));
        break;
      case 'time_of_use':
        lines.push(...timeOfUseLines(state, segment, component));
        break;
    }
  }
  for (const component of segment.version.components) {
    if (component.kind === 'minimum') lines.push(...minimumLines(state, segment, component, lines));
  }
  for (const component of segment.version.components) {
    if (component.kind === 'discount') lines.push(...discountLines(state, segment, component, lines));
  }
  const taxLinesOfSegment: MutableLine[] = [];
  for (const component of segment.version.components) {
    if (component.kind === 'tax') taxLinesOfSegment.push(...taxLines(state, segment, component, lines, taxes));
  }
  return [...lines, ...taxLinesOfSegment];
}

/** One total per tax category and rate, over all segments. */
function mergeTaxes(taxes: readonly TaxTotal[]): readonly TaxTotal[] {
  if (taxes.length < 2) return taxes;
  const merged = new Map<string, TaxTotal>();
  for (const tax of taxes) {
    const key = `${tax.category}|${tax.ratePercent.n}/${tax.ratePercent.d}|${tax.inclusive}`;
    const existing = merged.get(key);
    merged.set(
      key,
      existing
        ? {
            ...existing,
            base: { ...existing.base, amountMinor: existing.base.amountMinor + tax.base.amountMinor },
            amount: { ...existing.amount, amountMinor: existing.amount.amountMinor + tax.amount.amountMinor },
          }
        : tax,
    );
  }
  return [...merged.values()];
}
