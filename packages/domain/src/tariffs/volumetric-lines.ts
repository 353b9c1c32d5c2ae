import type { CompiledComponent } from './compiled-plan.ts';
import { makeLine } from './make-line.ts';
import { registerQuantity } from './register-quantity.ts';
import type { MutableLine, RatingState, Segment } from './segment.ts';

/** Consumption × one price. */
export function volumetricLines(
  state: RatingState,
  segment: Segment,
  component: Extract<CompiledComponent, { kind: 'volumetric' }>,
): MutableLine[] {
  const quantity = registerQuantity(segment, component.register, component.code);
  if (!quantity || !segment.usageDays) return [];
  return [
    makeLine(state, component, {
      days: segment.usageDays,
      quantity,
      unit: component.unit,
      unitPrice: component.unitPrice,
      details: [...segment.usageDetails],
    }),
  ];
}
