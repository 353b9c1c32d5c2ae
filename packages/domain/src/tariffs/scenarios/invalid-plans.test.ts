// A plan that cannot be rated is refused with every problem, each naming its component and field.
import { describe, expect, it } from 'vitest';
import { validatePricePlan } from '../compile-price-plan.ts';
import type { PriceComponent } from '../price-plan.ts';
import { about, planOf, versionOf } from './scenario-kit.ts';

const problemsOf = (components: PriceComponent[], effectiveFrom = '2025-01-01') =>
  validatePricePlan(planOf([versionOf(effectiveFrom, components)])).map(({ path, code }) => `${path} ${code}`);

describe('invalid price plans', () => {
  it('names tiers that do not ascend and a last tier that is not open, with the component code', () => {
    const plan = planOf([
      versionOf('2025-01-01', [
        {
          ...about('water'),
          kind: 'tiered',
          unit: 'm³',
          mode: 'graduated',
          tierPeriod: 'bill',
          tiers: [
            { upTo: '20', unitPrice: '1' },
            { upTo: '10', unitPrice: '2' },
          ],
        },
      ]),
    ]);
    const problems = validatePricePlan(plan);
    expect(problems.map(({ path, code }) => `${path} ${code}`)).toEqual([
      'versions[0].components[0].tiers[1].upTo last_tier_not_open',
      'versions[0].components[0].tiers[1].upTo tiers_not_ascending',
    ]);
    expect(problems[0]?.message).toMatch(/^Component water: /);
  });

  it('names bad decimals, negative prices and unknown references', () => {
    expect(
      problemsOf([
        { ...about('water'), kind: 'volumetric', unit: 'm³', unitPrice: '2,07' },
        { ...about('rebate'), kind: 'discount', appliesTo: ['sewage'], percent: '-5' },
      ]),
    ).toEqual([
      'versions[0].components[0].unitPrice invalid_decimal',
      'versions[0].components[1].appliesTo[0] unknown_component_reference',
      'versions[0].components[1].percent negative_price',
    ]);
  });

  it('names duplicate codes, untaxed categories, bad dates and versions out of order', () => {
    const water: PriceComponent = {
      ...about('water'),
      kind: 'volumetric',
      unit: 'm³',
      unitPrice: '1',
      taxCategory: 'vat',
    };
    expect(problemsOf([water, water], '2025-02-30')).toEqual([
      'versions[0].effectiveFrom invalid_date',
      'versions[0].components[1].code duplicate_component_code',
      'versions[0].components[0].taxCategory tax_category_without_tax',
      'versions[0].components[1].taxCategory tax_category_without_tax',
    ]);
    const plan = planOf([
      versionOf('2025-02-01', [{ ...water, taxCategory: undefined }] as PriceComponent[]),
      versionOf('2025-01-01', []),
    ]);
    expect(validatePricePlan(plan).map((problem) => problem.code)).toContain('versions_not_in_order');
  });

  it('names time-of-use periods that do not exist and times that are not times', () => {
    expect(
      problemsOf([
        {
          ...about('energy'),
          kind: 'time_of_use',
          unit: 'kWh',
          periods: [{ code: 'peak', unitPrice: '0.3', windows: [{ days: ['mon'], from: '7:00', to: '25:00' }] }],
          defaultPeriod: 'night',
        },
      ]),
    ).toEqual([
      'versions[0].components[0].periods[0].windows[0].from invalid_time',
      'versions[0].components[0].periods[0].windows[0].to invalid_time',
      'versions[0].components[0].defaultPeriod unknown_time_of_use_period',
    ]);
  });
});
