import { dayNumberOf } from '../calendar/day-number.ts';
import { minorUnitsOf } from '../money/currencies.ts';
import { compare, isRationalText, ONE, type Rational, rational } from '../numbers/rational.ts';
import { unreachable } from '../unreachable.ts';
import type {
  CompiledComponent,
  CompiledPlan,
  CompiledSeason,
  CompiledTimeOfUsePeriod,
  CompiledVersion,
  ComponentIdentity,
} from './compiled-plan.ts';
import type { PriceComponent, PricePlan, PricePlanVersion, Weekday } from './price-plan.ts';

export type PlanProblemCode =
  | 'invalid_decimal'
  | 'negative_price'
  | 'invalid_date'
  | 'unknown_currency'
  | 'no_versions'
  | 'versions_not_in_order'
  | 'duplicate_component_code'
  | 'unknown_component_reference'
  | 'tiers_not_ascending'
  | 'last_tier_not_open'
  | 'household_thresholds_mismatch'
  | 'seasons_do_not_cover_year'
  | 'invalid_month_day'
  | 'invalid_time'
  | 'unknown_time_of_use_period'
  | 'discount_needs_percent_or_amount'
  | 'tax_category_without_tax'
  | 'duplicate_tax_category';

/** What is wrong with a price plan, and where: a path like versions[0].components[2].tiers[1].upTo. */
export interface PlanProblem {
  readonly path: string;
  readonly code: PlanProblemCode;
  readonly message: string;
}

const weekdayNumbers: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

class Problems {
  constructor(
    readonly list: PlanProblem[] = [],
    private readonly subject = '',
  ) {}

  add(path: string, code: PlanProblemCode, message: string): void {
    this.list.push({ path, code, message: this.subject + message });
  }

  /** The same list, with messages naming the component they are about. */
  about(componentCode: string): Problems {
    return new Problems(this.list, `Component ${componentCode}: `);
  }
}

const compiled = new WeakMap<PricePlan, { plan: CompiledPlan | null; problems: readonly PlanProblem[] }>();

/**
 * Checks a plan and turns its text into exact numbers and day numbers, once per plan object:
 * rating a million accounts on one plan compiles it once.
 */
export function compilePricePlan(plan: PricePlan): { plan: CompiledPlan | null; problems: readonly PlanProblem[] } {
  const cached = compiled.get(plan);
  if (cached) return cached;
  const problems = new Problems();
  const result = compileChecked(plan, problems);
  const entry = { plan: problems.list.length === 0 ? result : null, problems: problems.list };
  compiled.set(plan, entry);
  return entry;
}

/** Every problem of a plan; empty when it can be rated. */
export const validatePricePlan = (plan: PricePlan): readonly PlanProblem[] => compilePricePlan(plan).problems;

function compileChecked(plan: PricePlan, problems: Problems): CompiledPlan {
  try {
    minorUnitsOf(plan.currency);
  } catch {
    problems.add('currency', 'unknown_currency', `${plan.currency} is not an ISO 4217 code`);
  }
  if (plan.versions.length === 0) problems.add('versions', 'no_versions', 'A plan needs at least one version');
  const versions = plan.versions.map((version, index) => compileVersion(version, `versions[${index}]`, problems));
  versions.forEach((version, index) => {
    const previous = versions[index - 1];
    if (previous && previous.effectiveFrom >= version.effectiveFrom) {
      problems.add(
        `versions[${index}].effectiveFrom`,
        'versions_not_in_order',
        'Versions must start on strictly later days',
      );
    }
  });
  return { source: plan, currency: plan.currency, versionChange: plan.versionChange ?? 'split_by_days', versions };
}

function compileVersion(version: PricePlanVersion, path: string, problems: Problems): CompiledVersion {
  const effectiveFrom = dayOf(version.effectiveFrom, `${path}.effectiveFrom`, problems);
  const codes = new Set<string>();
  version.components.forEach((component, index) => {
    if (codes.has(component.code)) {
      problems.add(
        `${path}.components[${index}].code`,
        'duplicate_component_code',
        `Code ${component.code} is used twice`,
      );
    }
    codes.add(component.code);
  });
  const taxCategories = new Set<string>();
  version.components.forEach((component, index) => {
    if (component.kind !== 'tax') return;
    if (taxCategories.has(component.category)) {
      problems.add(
        `${path}.components[${index}].category`,
        'duplicate_tax_category',
        `Category ${component.category} is taxed twice`,
      );
    }
    taxCategories.add(component.category);
  });
  const components = version.components.map((component, index) =>
    compileComponent(component, `${path}.components[${index}]`, {
      problems: problems.about(component.code),
      codes,
      taxCategories,
    }),
  );
  const norm = version.normativeConsumption;
  return {
    effectiveFrom,
    effectiveFromText: version.effectiveFrom,
    components,
    norm: norm
      ? {
          unit: norm.unit,
          perPersonPerMonth: price(norm.perPersonPerMonth, `${path}.normativeConsumption.perPersonPerMonth`, problems),
          multiplier: norm.multiplier
            ? price(norm.multiplier, `${path}.normativeConsumption.multiplier`, problems)
            : ONE,
        }
      : null,
  };
}

interface Context {
  problems: Problems;
  codes: ReadonlySet<string>;
  taxCategories: ReadonlySet<string>;
}

function compileComponent(component: PriceComponent, path: string, context: Context): CompiledComponent {
  const { problems } = context;
  const taxCategory = component.kind === 'tax' ? null : (component.taxCategory ?? null);
  if (taxCategory !== null && !context.taxCategories.has(taxCategory)) {
    problems.add(`${path}.taxCategory`, 'tax_category_without_tax', `No tax component has category ${taxCategory}`);
  }
  const identity: ComponentIdentity = {
    code: component.code,
    kind: component.kind,
    name: component.name,
    provider: component.provider,
    revenueCode: component.revenueCode,
    taxCategory,
  };
  const references = (codes: readonly string[]) => {
    codes.forEach((code, index) => {
      if (!context.codes.has(code) || code === component.code) {
        problems.add(
          `${path}.appliesTo[${index}]`,
          'unknown_component_reference',
          `No other component has code ${code}`,
        );
      }
    });
    return new Set(codes);
  };
  switch (component.kind) {
    case 'fixed':
      return {
        ...identity,
        kind: 'fixed',
        per: component.per,
        unitPrice: price(component.unitPrice, `${path}.unitPrice`, problems),
        basis: component.basis ?? 'account',
        unitPriceByMeterSize: component.unitPriceByMeterSize
          ? new Map(
              Object.entries(component.unitPriceByMeterSize).map(([size, text]) => [
                size,
                price(text, `${path}.unitPriceByMeterSize.${size}`, problems),
              ]),
            )
          : null,
      };
    case 'volumetric':
      return {
        ...identity,
        kind: 'volumetric',
        unit: component.unit,
        register: component.register ?? 'total',
        unitPrice: price(component.unitPrice, `${path}.unitPrice`, problems),
      };
    case 'tiered':
      return compileTiered(component, identity, path, problems);
    case 'seasonal':
      return {
        ...identity,
        kind: 'seasonal',
        unit: component.unit,
        register: component.register ?? 'total',
        seasons: compileSeasons(component.seasons, path, problems),
      };
    case 'time_of_use':
      return compileTimeOfUse(component, identity, path, problems);
    case 'minimum':
      return {
        ...identity,
        kind: 'minimum',
        per: component.per,
        amount: price(component.amount, `${path}.amount`, problems),
        appliesTo: references(component.appliesTo),
      };
    case 'discount':
      if ((component.percent === undefined) === (component.amount === undefined)) {
        problems.add(path, 'discount_needs_percent_or_amount', 'A discount has either a percent or an amount');
      }
      return {
        ...identity,
        kind: 'discount',
        appliesTo: references(component.appliesTo),
        percent: component.percent === undefined ? null : price(component.percent, `${path}.percent`, problems),
        amount: component.amount === undefined ? null : price(component.amount, `${path}.amount`, problems),
        per: component.per ?? 'month',
        benefit: component.benefit ?? null,
        maxQuantity:
          component.maxQuantity === undefined ? null : price(component.maxQuantity, `${path}.maxQuantity`, problems),
      };
    case 'tax':
      return {
        ...identity,
        kind: 'tax',
        category: component.category,
        ratePercent: price(component.ratePercent, `${path}.ratePercent`, problems),
        inclusive: component.inclusive,
      };
    default:
      return unreachable(component);
  }
}

function compileTiered(
  component: Extract<PriceComponent, { kind: 'tiered' }>,
  identity: ComponentIdentity,
  path: string,
  problems: Problems,
): CompiledComponent {
  const tiers = component.tiers.map((tier, index) => ({
    upTo: tier.upTo === null ? null : price(tier.upTo, `${path}.tiers[${index}].upTo`, problems),
    unitPrice: price(tier.unitPrice, `${path}.tiers[${index}].unitPrice`, problems),
  }));
  tiers.forEach((tier, index) => {
    const isLast = index === tiers.length - 1;
    if (isLast !== (tier.upTo === null)) {
      problems.add(`${path}.tiers[${index}].upTo`, 'last_tier_not_open', 'Only the last tier is open (upTo: null)');
    }
    const previous = tiers[index - 1]?.upTo;
    if (tier.upTo && previous && compare(tier.upTo, previous) <= 0) {
      problems.add(`${path}.tiers[${index}].upTo`, 'tiers_not_ascending', 'Each tier must end above the previous one');
    }
  });
  const household = component.household;
  if (household && household.extraPerPerson.length !== tiers.length - 1) {
    problems.add(
      `${path}.household.extraPerPerson`,
      'household_thresholds_mismatch',
      `Give one extra volume per threshold (${tiers.length - 1})`,
    );
  }
  return {
    ...identity,
    kind: 'tiered',
    unit: component.unit,
    register: component.register ?? 'total',
    mode: component.mode,
    tierPeriod: component.tierPeriod,
    tiers,
    household: household
      ? {
          basePersons: household.basePersons,
          extraPerPerson: household.extraPerPerson.map((text, index) =>
            price(text, `${path}.household.extraPerPerson[${index}]`, problems),
          ),
        }
      : null,
  };
}

function compileSeasons(
  seasons: Extract<PriceComponent, { kind: 'seasonal' }>['seasons'],
  path: string,
  problems: Problems,
): CompiledSeason[] {
  const compiledSeasons = seasons.map((season, index) => ({
    code: season.code,
    fromMonthDay: monthDay(season.from, `${path}.seasons[${index}].from`, problems),
    toMonthDay: monthDay(season.to, `${path}.seasons[${index}].to`, problems),
    unitPrice: price(season.unitPrice, `${path}.seasons[${index}].unitPrice`, problems),
  }));
  // Every day of a leap year must fall in exactly one season.
  const coverage = new Map<number, number>();
  for (const season of compiledSeasons) {
    for (const range of seasonDayRanges(season, 2024)) {
      for (let day = range.first; day <= range.last; day++) coverage.set(day, (coverage.get(day) ?? 0) + 1);
    }
  }
  const yearStart = dayNumberOf(2024, 1, 1);
  for (let day = yearStart; day < yearStart + 366; day++) {
    if (coverage.get(day) !== 1) {
      problems.add(
        `${path}.seasons`,
        'seasons_do_not_cover_year',
        'Seasons must cover every day of the year exactly once',
      );
      break;
    }
  }
  return compiledSeasons;
}

/** The day ranges a season covers in one calendar year (two when it wraps over New Year). */
export function seasonDayRanges(season: CompiledSeason, year: number): { first: number; last: number }[] {
  const [fromMonth, fromDay] = season.fromMonthDay;
  const [toMonth, toDay] = season.toMonthDay;
  const first = dayNumberOf(year, fromMonth, fromDay);
  const last = dayNumberOf(year, toMonth, toDay);
  if (first <= last) return [{ first, last }];
  return [
    { first: dayNumberOf(year, 1, 1), last },
    { first, last: dayNumberOf(year, 12, 31) },
  ];
}

function compileTimeOfUse(
  component: Extract<PriceComponent, { kind: 'time_of_use' }>,
  identity: ComponentIdentity,
  path: string,
  problems: Problems,
): CompiledComponent {
  const periods: CompiledTimeOfUsePeriod[] = component.periods.map((period, index) => ({
    code: period.code,
    unitPrice: price(period.unitPrice, `${path}.periods[${index}].unitPrice`, problems),
    windows: period.windows.map((window, windowIndex) => ({
      weekdays: new Set(window.days.map((day) => weekdayNumbers[day])),
      fromMinute: minuteOfDay(window.from, `${path}.periods[${index}].windows[${windowIndex}].from`, problems),
      toMinute: minuteOfDay(window.to, `${path}.periods[${index}].windows[${windowIndex}].to`, problems),
    })),
  }));
  const codes = new Set(periods.map((period) => period.code));
  for (const [field, code] of [
    ['defaultPeriod', component.defaultPeriod],
    ['holidayPeriod', component.holidayPeriod],
  ] as const) {
    if (code !== undefined && !codes.has(code)) {
      problems.add(`${path}.${field}`, 'unknown_time_of_use_period', `No period has code ${code}`);
    }
  }
  for (const [index, holiday] of (component.holidays ?? []).entries())
    dayOf(holiday, `${path}.holidays[${index}]`, problems);
  return {
    ...identity,
    kind: 'time_of_use',
    unit: component.unit,
    periods,
    defaultPeriod: component.defaultPeriod,
    holidays: new Set(component.holidays ?? []),
    holidayPeriod: component.holidayPeriod ?? null,
  };
}

function price(text: string, path: string, problems: Problems): Rational {
  if (!isRationalText(text)) {
    problems.add(path, 'invalid_decimal', `${JSON.stringify(text)} is not a decimal number like "2.07"`);
    return ONE;
  }
  const value = rational(text);
  if (value.n < 0n) problems.add(path, 'negative_price', 'Prices, volumes and rates are never negative');
  return value;
}

function dayOf(text: string, path: string, problems: Problems): number {
  const match = isoDate.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    problems.add(path, 'invalid_date', `${JSON.stringify(text)} is not a date like "2026-01-31"`);
    return 0;
  }
  return dayNumberOf(year, month, day);
}

function monthDay(text: string, path: string, problems: Problems): readonly [number, number] {
  const match = /^(\d{2})-(\d{2})$/.exec(text);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  // 29 February cannot bound a season: it would not exist three years in four.
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(2023, month)) {
    problems.add(path, 'invalid_month_day', `${JSON.stringify(text)} is not a day like "06-01" (29 February excluded)`);
    return [1, 1];
  }
  return [month, day];
}

function minuteOfDay(text: string, path: string, problems: Problems): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const minutes = Number(match?.[1]) * 60 + Number(match?.[2]);
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) {
    problems.add(path, 'invalid_time', `${JSON.stringify(text)} is not a time like "07:00" (00:00 to 24:00)`);
    return 0;
  }
  return minutes;
}

const daysInMonth = (year: number, month: number) =>
  dayNumberOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumberOf(year, month, 1);
