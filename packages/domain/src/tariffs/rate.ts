import { intersect } from '../calendar/date-range.ts';
import { ZERO } from '../numbers/rational.ts';
import { fail, ok, type Result } from '../result.ts';
import { unreachable } from '../unreachable.ts';
import { discountLines, minimumLines } from './adjustment-lines.ts';
import { compilePricePlan } from './compile-price-plan.ts';
import { fixedChargeLines } from './fixed-charge-lines.ts';
import { checkedDays, prepareUsage } from './prepare-usage.ts';
import type { RatedBill, RatingErrorCode, RatingInput, TaxTotal } from './rating.ts';
import { RatingFailure } from './rating-failure.ts';
import { seasonalLines } from './seasonal-lines.ts';
import type { MutableLine, RatingState, Segment } from './segment.ts';
import { gatherTaxed, type TaxGroup, taxLines } from './tax-lines.ts';
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
    const taxGroups = new Map<string, TaxGroup>();
    for (const segment of versionSegments(plan, { billing, fixedDays, usage, account })) {
      const lines = segmentLines(state, segment);
      state.lines.push(...lines);
      const days = segment.fixedDays ?? segment.usageDays ?? billing;
      for (const component of segment.version.components) {
        if (component.kind === 'tax') gatherTaxed(taxGroups, component, lines, days);
      }
    }
    // Taxes last, once per category over the whole period, whatever the version pieces.
    const taxes: TaxTotal[] = [];
    for (const group of taxGroups.values()) state.lines.push(...taxLines(state, group, taxes));
    let totalMinor = 0n;
    for (const line of state.lines) totalMinor += line.amount.amountMinor;
    return ok({
      currency: plan.currency,
      lines: state.lines,
      taxes,
      total: { amountMinor: totalMinor, currency: plan.currency },
    });
  } catch (error) {
    if (error instanceof RatingFailure) return fail(error.code, error.detail);
    throw error;
  }
}

// Charges first, then what depends on them: minimums, then discounts.
function segmentLines(state: RatingState, segment: Segment): MutableLine[] {
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
      // Charged after the charges they depend on, below.
      case 'minimum':
      case 'discount':
      // Taxed once per category over the whole period, by rate().
      case 'tax':
        break;
      default:
        unreachable(component);
    }
  }
  for (const component of segment.version.components) {
    if (component.kind === 'minimum') lines.push(...minimumLines(state, segment, component, lines));
  }
  for (const component of segment.version.components) {
    if (component.kind === 'discount') lines.push(...discountLines(state, segment, component, lines));
  }
  return lines;
}
