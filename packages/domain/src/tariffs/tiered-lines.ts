import { type DayRange, daysIn, splitAt, yearStartsWithin } from '../calendar/date-range.ts';
import { civilOfDayNumber } from '../calendar/day-number.ts';
import { monthEquivalents } from '../calendar/month-equivalents.ts';
import {
  add,
  compare,
  fromInteger,
  isZero,
  max,
  min,
  multiply,
  type Rational,
  scale,
  subtract,
  ZERO,
} from '../numbers/rational.ts';
import { requiredFact } from './account-fact.ts';
import type { CompiledComponent } from './compiled-plan.ts';
import { makeLine } from './make-line.ts';
import type { LineDetail } from './rating.ts';
import { registerQuantity } from './register-quantity.ts';
import type { MutableLine, RatingState, Segment } from './segment.ts';

type TieredComponent = Extract<CompiledComponent, { kind: 'tiered' }>;

/**
 * Tiered consumption charges: thresholds widened for large households, scaled to the bill's
 * days or months, or placed after the year's earlier consumption for annual tiers.
 */
export function tieredLines(state: RatingState, segment: Segment, component: TieredComponent): MutableLine[] {
  const quantity = registerQuantity(segment, component.register, component.code);
  const days = segment.usageDays;
  if (!quantity || !days) return [];
  const details: LineDetail[] = [...segment.usageDetails];
  let thresholds = component.tiers.map((tier) => tier.upTo);
  if (component.household) {
    const persons = requiredFact(state.account, 'persons', component.code);
    const extraPersons = BigInt(Math.max(0, persons - component.household.basePersons));
    const { extraPerPerson } = component.household;
    thresholds = thresholds.map((upTo, index) =>
      upTo && extraPerPerson[index] ? add(upTo, multiply(extraPerPerson[index], { n: extraPersons, d: 1n })) : upTo,
    );
    if (extraPersons > 0n) details.push({ kind: 'household', persons, basePersons: component.household.basePersons });
  }
  if (component.tierPeriod === 'year')
    return annualTierLines(state, segment, component, { quantity, thresholds, details });

  let factor: Rational | null = null;
  if (component.tierPeriod === 'month') {
    factor = monthEquivalents(days);
    details.push({ kind: 'thresholds_scaled', factor, reason: 'months' });
  } else if (segment.usageShare) {
    factor = { n: BigInt(segment.usageShare.days), d: BigInt(segment.usageShare.totalDays) };
    details.push({ kind: 'thresholds_scaled', factor, reason: 'days' });
  }
  const scaled = factor ? thresholds.map((upTo) => upTo && multiply(upTo, factor)) : thresholds;
  return bandLines(state, component, { days, quantity, offset: ZERO, thresholds: scaled, details });
}

function annualTierLines(
  state: RatingState,
  segment: Segment,
  component: TieredComponent,
  { quantity, thresholds, details }: { quantity: Rational; thresholds: (Rational | null)[]; details: LineDetail[] },
): MutableLine[] {
  const days = segment.usageDays as DayRange;
  const pieces = splitAt(days, yearStartsWithin(days));
  const lines: MutableLine[] = [];
  for (const piece of pieces) {
    const pieceQuantity = pieces.length === 1 ? quantity : scale(quantity, daysIn(piece), daysIn(days));
    const year = civilOfDayNumber(piece.first).year;
    const counted = state.yearToDate.get(component.code);
    const before = counted ? (counted.year === year ? counted.quantity : ZERO) : state.initialYearToDate;
    const pieceDetails: LineDetail[] = isZero(before) ? details : [...details, { kind: 'year_to_date', before }];
    lines.push(
      ...bandLines(state, component, {
        days: piece,
        quantity: pieceQuantity,
        offset: before,
        thresholds,
        details: pieceDetails,
      }),
    );
    state.yearToDate.set(component.code, { year, quantity: add(before, pieceQuantity) });
  }
  return lines;
}

/** The consumption [offset, offset + quantity] laid over the tiers. */
function bandLines(
  state: RatingState,
  component: TieredComponent,
  band: {
    days: DayRange;
    quantity: Rational;
    offset: Rational;
    thresholds: (Rational | null)[];
    details: LineDetail[];
  },
): MutableLine[] {
  const { days, quantity, offset, thresholds, details } = band;
  const line = (tierIndex: number, tierQuantity: Rational, detail: LineDetail) =>
    tierLine(state, component, { days, details }, { tierIndex, tierQuantity, detail });
  const end = add(offset, quantity);

  if (component.mode === 'volume') {
    const reached = tierContaining(thresholds, end);
    return [line(reached, quantity, { kind: 'volume_tier', tier: reached + 1, reached: end })];
  }
  const lines: MutableLine[] = [];
  let lower = ZERO;
  for (let index = 0; index < thresholds.length; index++) {
    const upper = thresholds[index] ?? null;
    const inTier = subtract(upper ? min(end, upper) : end, max(offset, lower));
    if (compare(inTier, ZERO) > 0)
      lines.push(line(index, inTier, { kind: 'tier', tier: index + 1, from: lower, upTo: upper }));
    if (!upper) break;
    lower = upper;
  }
  if (lines.length === 0) {
    const tier = tierContaining(thresholds, offset);
    const from = tier === 0 ? ZERO : (thresholds[tier - 1] ?? ZERO);
    lines.push(line(tier, fromInteger(0), { kind: 'tier', tier: tier + 1, from, upTo: thresholds[tier] ?? null }));
  }
  return lines;
}

// A module-level function, not a closure per bill: rating a million bills creates none.
function tierLine(
  state: RatingState,
  component: TieredComponent,
  { days, details }: { days: DayRange; details: LineDetail[] },
  { tierIndex, tierQuantity, detail }: { tierIndex: number; tierQuantity: Rational; detail: LineDetail },
): MutableLine {
  return makeLine(state, component, {
    days,
    quantity: tierQuantity,
    unit: component.unit,
    unitPrice: component.tiers[tierIndex]?.unitPrice ?? ZERO,
    details: [...details, detail],
  });
}

function tierContaining(thresholds: (Rational | null)[], position: Rational): number {
  const index = thresholds.findIndex((upTo) => upTo === null || compare(position, upTo) <= 0);
  return index === -1 ? thresholds.length - 1 : index;
}
