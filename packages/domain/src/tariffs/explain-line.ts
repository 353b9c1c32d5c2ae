import { dateOfDayNumber } from '../calendar/day-number.ts';
import { formatMoney } from '../money/money.ts';
import { multiply, negate, type Rational, rational, toText } from '../numbers/rational.ts';
import { unreachable } from '../unreachable.ts';
import type { FixedBasis } from './price-plan.ts';
import type { BillLine, LineDetail } from './rating.ts';

const hundred = rational('100');
const basisNames: Record<FixedBasis, string> = {
  account: 'account',
  dwelling_units: 'dwellings',
  area_m2: 'm² of area',
  persons: 'persons',
};
const percent = (fraction: Rational) => `${toText(multiply(fraction, hundred), 4)}%`;
const day = (dayNumber: number) => dateOfDayNumber(dayNumber).toString();

/**
 * How a line was computed, in words a customer or a clerk can check:
 * "80 m³ × 4.07 (tier 2: 180–260 m³) = 325.60".
 */
export function explainLine(line: BillLine): string {
  const notes = line.details.map((detail) => explainDetail(detail, line)).filter((note) => note !== '');
  const computation =
    line.componentKind === 'fixed' || line.componentKind === 'minimum'
      ? `${toText(line.unitPrice)} per ${line.unit} × ${fractionText(line.quantity)}`
      : line.componentKind === 'tax'
        ? `${percent(line.unitPrice)} of ${toText(line.quantity, 2)} ${line.unit}`
        : line.componentKind === 'discount' &&
            line.details.some((detail) => detail.kind === 'discount' && detail.percent)
          ? `${percent(negate(line.unitPrice))} off ${toText(line.quantity, 2)} ${line.unit}`
          : `${toText(line.quantity)} ${line.unit} × ${toText(line.unitPrice)}`;
  const exact = toText(line.unroundedAmount, 6);
  const rounded = formatMoney(line.amount);
  const result = exact === rounded || exact === rounded.replace(/\.?0+$/, '') ? rounded : `${exact} → ${rounded}`;
  return `${computation}${notes.length ? ` (${notes.join('; ')})` : ''} = ${result}`;
}

function explainDetail(detail: LineDetail, line: BillLine): string {
  switch (detail.kind) {
    case 'tier':
      return `tier ${detail.tier}: ${toText(detail.from)}–${detail.upTo ? toText(detail.upTo) : '∞'} ${line.unit}`;
    case 'volume_tier':
      return `all units at tier ${detail.tier}, reached at ${toText(detail.reached)} ${line.unit}`;
    case 'year_to_date':
      return `after ${toText(detail.before)} ${line.unit} earlier this year`;
    case 'household':
      return `tiers widened for ${detail.persons} persons (base ${detail.basePersons})`;
    case 'thresholds_scaled':
      return `tier limits × ${toText(detail.factor, 4)} ${detail.reason === 'months' ? 'months' : 'of the period'}`;
    case 'prorated':
      return `${detail.daysUsed} days of service`;
    case 'basis':
      return `${toText(detail.quantity)} ${basisNames[detail.basis]}`;
    case 'meter_size':
      return `meter size ${detail.size}`;
    case 'days_share':
      return `${detail.days} of ${detail.totalDays} days`;
    case 'season':
      return `season ${detail.season}`;
    case 'time_of_use':
      return `${detail.period} hours`;
    case 'norm':
      return `norm ${toText(detail.perPersonPerMonth)} per person × ${detail.persons} persons × ${toText(detail.multiplier)} × ${toText(detail.months, 4)} months`;
    case 'minimum':
      return `minimum ${toText(detail.minimum, 2)}, charges ${toText(detail.charged, 2)}`;
    case 'discount':
      return detail.share ? `social norm: ${toText(detail.share, 4)} of the quantity` : '';
    case 'tax':
      return '';
    case 'version':
      return `prices from ${detail.effectiveFrom}`;
    default:
      return unreachable(detail);
  }
}

/** Whole numbers and short decimals as they are; other values as a reduced fraction, e.g. 19/30. */
function fractionText(value: Rational): string {
  const text = toText(value, 4);
  if (!text.endsWith('…')) return text;
  let [a, b] = [value.n < 0n ? -value.n : value.n, value.d];
  while (b !== 0n) [a, b] = [b, a % b];
  return `${value.n / a}/${value.d / a}`;
}

/** "2024-04-12..2024-04-30", the days a line covers. */
export const describeDays = (line: BillLine): string => `${day(line.days.first)}..${day(line.days.last)}`;
