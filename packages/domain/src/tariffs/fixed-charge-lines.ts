import { fromInteger, multiply, type Rational } from '../numbers/rational.ts';
import { unreachable } from '../unreachable.ts';
import { requiredFact } from './account-fact.ts';
import { chargeUnits } from './charge-units.ts';
import type { CompiledComponent } from './compiled-plan.ts';
import { makeLine } from './make-line.ts';
import type { FixedBasis } from './price-plan.ts';
import type { LineDetail } from './rating.ts';
import { RatingFailure } from './rating-failure.ts';
import type { MutableLine, RatingState, Segment } from './segment.ts';

const basisUnits: Record<FixedBasis, string> = {
  account: '',
  dwelling_units: 'dwelling',
  area_m2: 'm²',
  persons: 'person',
};

/** A fixed charge for the segment's days of service: price × basis × days as units of `per`. */
export function fixedChargeLines(
  state: RatingState,
  segment: Segment,
  component: Extract<CompiledComponent, { kind: 'fixed' }>,
): MutableLine[] {
  const days = segment.fixedDays;
  if (!days) return [];
  const details: LineDetail[] = [...segment.versionDetails];
  let unitPrice = component.unitPrice;
  if (component.unitPriceByMeterSize) {
    const size = requiredFact(state.account, 'meterSize', component.code);
    const priced = component.unitPriceByMeterSize.get(size);
    if (!priced)
      throw new RatingFailure('account_fact_missing', `${component.code} has no price for meter size ${size}`);
    unitPrice = priced;
    details.push({ kind: 'meter_size', size });
  }
  const units = chargeUnits(component.per, days, state.billing);
  details.push({ kind: 'prorated', per: component.per, units, daysUsed: days.last - days.first + 1 });
  const basisQuantity = basisQuantityOf(state, component.basis, component.code);
  if (component.basis !== 'account') details.push({ kind: 'basis', basis: component.basis, quantity: basisQuantity });
  const unit = component.basis === 'account' ? component.per : `${basisUnits[component.basis]}·${component.per}`;
  return [makeLine(state, component, { days, quantity: multiply(basisQuantity, units), unit, unitPrice, details })];
}

function basisQuantityOf(state: RatingState, basis: FixedBasis, code: string): Rational {
  switch (basis) {
    case 'account':
      return fromInteger(1);
    case 'dwelling_units':
      return fromInteger(requiredFact(state.account, 'dwellingUnits', code));
    case 'persons':
      return fromInteger(requiredFact(state.account, 'persons', code));
    case 'area_m2':
      return requiredFact(state.account, 'areaM2', code);
    default:
      return unreachable(basis);
  }
}
