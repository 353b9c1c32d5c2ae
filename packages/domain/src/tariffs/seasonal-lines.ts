import { type DayRange, daysIn, intersect } from '../calendar/date-range.ts';
import { civilOfDayNumber } from '../calendar/day-number.ts';
import { scale } from '../numbers/rational.ts';
import { seasonDayRanges } from './compile-price-plan.ts';
import type { CompiledComponent } from './compiled-plan.ts';
import { makeLine } from './make-line.ts';
import { registerQuantity } from './register-quantity.ts';
import type { MutableLine, RatingState, Segment } from './segment.ts';

/** Consumption split by days over the seasons the period touches, each at its season's price. */
export function seasonalLines(
  state: RatingState,
  segment: Segment,
  component: Extract<CompiledComponent, { kind: 'seasonal' }>,
): MutableLine[] {
  const quantity = registerQuantity(segment, component.register, component.code);
  const days = segment.usageDays;
  if (!quantity || !days) return [];
  const pieces: { season: (typeof component.seasons)[number]; days: DayRange }[] = [];
  for (let year = civilOfDayNumber(days.first).year; year <= civilOfDayNumber(days.last).year; year++) {
    for (const season of component.seasons) {
      for (const range of seasonDayRanges(season, year)) {
        const covered = intersect(days, range);
        if (covered) pieces.push({ season, days: covered });
      }
    }
  }
  pieces.sort((a, b) => a.days.first - b.days.first);
  const totalDays = daysIn(days);
  return pieces.map((piece) =>
    makeLine(state, component, {
      days: piece.days,
      quantity: pieces.length === 1 ? quantity : scale(quantity, daysIn(piece.days), totalDays),
      unit: component.unit,
      unitPrice: piece.season.unitPrice,
      details: [
        ...segment.usageDetails,
        { kind: 'season', season: piece.season.code },
        ...(pieces.length === 1 ? [] : [{ kind: 'days_share' as const, days: daysIn(piece.days), totalDays }]),
      ],
    }),
  );
}
