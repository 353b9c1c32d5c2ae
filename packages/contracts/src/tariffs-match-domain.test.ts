import type { PricePlan } from '@utilis/domain';
import { describe, expectTypeOf, it } from 'vitest';
import type { PricePlanDefinition } from './tariffs.ts';

// The JSON schema and the domain type describe one format; the compiler keeps them together.
describe('price plan contract', () => {
  it('accepts exactly what the domain rates', () => {
    expectTypeOf<PricePlanDefinition>().toExtend<PricePlan>();
  });
});
