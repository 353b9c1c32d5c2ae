import type { DayRange } from '../calendar/date-range.ts';
import type { Rational } from '../numbers/rational.ts';
import type { RoundingMode } from '../numbers/rounding-mode.ts';
import type { CompiledVersion } from './compiled-plan.ts';
import type { AccountFacts, BillLine, LineDetail } from './rating.ts';

/** An interval reading made ready for rating: its day, minute of day and ISO weekday. */
export interface PreparedInterval {
  readonly day: number;
  readonly dateText: string;
  readonly minuteOfDay: number;
  readonly weekday: number;
  readonly quantity: Rational;
}

/**
 * The part of a period one price version governs: its share of the fixed-charge days and of
 * the consumption, already apportioned.
 */
export interface Segment {
  readonly version: CompiledVersion;
  readonly fixedDays: DayRange | null;
  readonly usageDays: DayRange | null;
  /** Consumption per register in this segment. */
  readonly quantities: ReadonlyMap<string, Rational>;
  readonly intervals: readonly PreparedInterval[] | null;
  /** Details every line of the segment carries: the version, when the period was split. */
  readonly versionDetails: readonly LineDetail[];
  /** Details of consumption lines: the version, the share of days, the norm. */
  readonly usageDetails: readonly LineDetail[];
  /** This segment's share of the usage days, when the period was split. */
  readonly usageShare: { readonly days: number; readonly totalDays: number } | null;
}

/** What all charge builders need besides the segment. */
export interface RatingState {
  readonly currency: string;
  readonly rounding: RoundingMode;
  readonly billing: DayRange;
  readonly account: AccountFacts;
  /** Year-to-date consumption per annual-tier component, for the year it was counted in. */
  readonly yearToDate: Map<string, { year: number; quantity: Rational }>;
  readonly initialYearToDate: Rational;
  readonly lines: MutableLine[];
}

export type MutableLine = { -readonly [Field in keyof BillLine]: BillLine[Field] };
