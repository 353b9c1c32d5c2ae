import { describe, expect, it } from 'vitest';
import { meterKindFitsService } from './meter-kind-fits-service.ts';

describe('meterKindFitsService', () => {
  it('fits each service its own meters', () => {
    expect(meterKindFitsService('water_cold', 'water')).toBe(true);
    expect(meterKindFitsService('water_hot', 'hot_water')).toBe(true);
    expect(meterKindFitsService('electricity', 'electricity')).toBe(true);
    expect(meterKindFitsService('heat', 'heating')).toBe(true);
  });

  it('refuses a meter of another service and any meter on services billed without one', () => {
    expect(meterKindFitsService('gas', 'water')).toBe(false);
    expect(meterKindFitsService('water_cold', 'hot_water')).toBe(false);
    expect(meterKindFitsService('electricity', 'maintenance')).toBe(false);
    expect(meterKindFitsService('water_cold', 'waste')).toBe(false);
    expect(meterKindFitsService('water_cold', 'unknown')).toBe(false);
  });
});
