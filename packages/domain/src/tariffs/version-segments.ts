import { type DayRange, daysIn, intersect } from '../calendar/date-range.ts';
import { normConsumption } from '../estimation/norm-consumption.ts';
import { add, type Rational, scale, ZERO } from '../numbers/rational.ts';
import { requiredFact } from './account-fact.ts';
import type { CompiledPlan, CompiledVersion } from './compiled-plan.ts';
import type { PreparedUsage } from './prepare-usage.ts';
import type { AccountFacts, LineDetail } from './rating.ts';
import { RatingFailure } from './rating-failure.ts';
import type { Segment } from './segment.ts';

/**
 * Cuts the period where price versions change (or keeps it whole on the version in force at
 * the billing period's start, if the plan says so) and gives each piece its share of the
 * fixed-charge days and of the consumption, by days.
 */
export function versionSegments(
  plan: CompiledPlan,
  {
    billing,
    fixedDays,
    usage,
    account,
  }: { billing: DayRange; fixedDays: DayRange | null; usage: PreparedUsage | null; account: AccountFacts },
): Segment[] {
  if (plan.versionChange === 'whole_periods') {
    const version = versionInForce(plan, billing.first);
    return [segmentOf(version, { fixedDays, usageDays: usage?.days ?? null, usage, account, isSplit: false })];
  }
  const earliest = Math.min(
    fixedDays?.first ?? Number.POSITIVE_INFINITY,
    usage?.days.first ?? Number.POSITIVE_INFINITY,
  );
  if (Number.isFinite(earliest)) versionInForce(plan, earliest);
  const segments: Segment[] = [];
  const applicable = plan.versions.map((version, index) => ({
    version,
    days: {
      first: version.effectiveFrom,
      last: (plan.versions[index + 1]?.effectiveFrom ?? Number.MAX_SAFE_INTEGER) - 1,
    },
  }));
  const pieces = applicable
    .map(({ version, days }) => ({
      version,
      fixed: fixedDays && intersect(fixedDays, days),
      usage: usage && intersect(usage.days, days),
    }))
    .filter((piece) => piece.fixed || piece.usage);
  const isSplit = pieces.length > 1;
  for (const piece of pieces) {
    segments.push(
      segmentOf(piece.version, {
        fixedDays: piece.fixed ?? null,
        usageDays: piece.usage ?? null,
        usage,
        account,
        isSplit,
      }),
    );
  }
  return segments;
}

function versionInForce(plan: CompiledPlan, day: number): CompiledVersion {
  let inForce: CompiledVersion | undefined;
  for (const version of plan.versions) if (version.effectiveFrom <= day) inForce = version;
  if (!inForce)
    throw new RatingFailure(
      'no_price_version_in_force',
      `No version of ${plan.source.code} is in force on the first day`,
    );
  return inForce;
}

function segmentOf(
  version: CompiledVersion,
  {
    fixedDays,
    usageDays,
    usage,
    account,
    isSplit,
  }: {
    fixedDays: DayRange | null;
    usageDays: DayRange | null;
    usage: PreparedUsage | null;
    account: AccountFacts;
    isSplit: boolean;
  },
): Segment {
  const versionDetails: LineDetail[] = isSplit ? [{ kind: 'version', effectiveFrom: version.effectiveFromText }] : [];
  const usageDetails: LineDetail[] = [...versionDetails];
  if (!usage || !usageDays) {
    return {
      version,
      fixedDays,
      usageDays: null,
      quantities: new Map(),
      intervals: null,
      versionDetails,
      usageDetails,
      usageShare: null,
    };
  }
  const totalDays = daysIn(usage.days);
  const days = daysIn(usageDays);
  // Interval readings fall on their own days; only period totals are shared out by days.
  const usageShare = days === totalDays || usage.kind === 'interval' ? null : { days, totalDays };
  if (usageShare) usageDetails.push({ kind: 'days_share', days, totalDays });
  if (usage.kind === 'unmetered') {
    const norm = version.norm;
    if (!norm)
      throw new RatingFailure(
        'usage_needs_norm',
        `Version ${version.effectiveFromText} has no normative consumption for unmetered usage`,
      );
    const persons = requiredFact(account, 'persons', 'normative consumption');
    const consumption = normConsumption(
      { perPersonPerMonth: norm.perPersonPerMonth, persons, multiplier: norm.multiplier },
      usageDays,
    );
    usageDetails.push({ kind: 'norm', ...consumption });
    const quantity = consumption.quantity;
    return {
      version,
      fixedDays,
      usageDays,
      quantities: new Map([['total', quantity]]),
      intervals: null,
      versionDetails,
      usageDetails,
      usageShare: null,
    };
  }
  const intervals =
    usage.intervals?.filter((interval) => interval.day >= usageDays.first && interval.day <= usageDays.last) ?? null;
  const quantities = new Map<string, Rational>();
  if (intervals) {
    quantities.set(
      'total',
      intervals.reduce((total, interval) => add(total, interval.quantity), ZERO),
    );
  } else {
    for (const [register, quantity] of usage.registers) {
      quantities.set(register, usageShare ? scale(quantity, days, totalDays) : quantity);
    }
  }
  return { version, fixedDays, usageDays, quantities, intervals, versionDetails, usageDetails, usageShare };
}
