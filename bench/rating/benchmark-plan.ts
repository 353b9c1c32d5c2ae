import type { PricePlan } from '@utilis/domain';

/**
 * The benchmark's water tariff as decimal text. The plan the engine rates is built from it,
 * and so is the independent decimal.js check, so the two cannot drift apart.
 */
export const tariff = {
  currency: 'EUR',
  tiers: [
    { upTo: '10', unitPrice: '1.8425' },
    { upTo: '30', unitPrice: '2.3675' },
    { upTo: null, unitPrice: '3.1150' },
  ],
  wastewaterUnitPrice: '2.0450',
  abstractionLevyUnitPrice: '0.1375',
  standingChargePerMonth: '8.40',
  vatPercent: '7',
} as const;

const about = (code: string, en: string) => ({ code, name: { en }, provider: 'utility', revenueCode: `4000-${code}` });

/**
 * A 3-tier graduated plan per bill, two volumetric fees, a fixed monthly fee and an exclusive
 * tax on all of them: one version, so no account's period is split.
 */
export const benchmarkPlan: PricePlan = {
  code: 'bench-water',
  name: { en: 'Benchmark water tariff' },
  currency: tariff.currency,
  versions: [
    {
      effectiveFrom: '2025-01-01',
      components: [
        {
          ...about('water', 'Water supply'),
          kind: 'tiered',
          mode: 'graduated',
          tierPeriod: 'bill',
          unit: 'm³',
          taxCategory: 'standard',
          tiers: tariff.tiers,
        },
        {
          ...about('wastewater', 'Wastewater'),
          kind: 'volumetric',
          unit: 'm³',
          unitPrice: tariff.wastewaterUnitPrice,
          taxCategory: 'standard',
        },
        {
          ...about('abstraction_levy', 'Water abstraction levy'),
          kind: 'volumetric',
          unit: 'm³',
          unitPrice: tariff.abstractionLevyUnitPrice,
          taxCategory: 'standard',
        },
        {
          ...about('standing_charge', 'Standing charge'),
          kind: 'fixed',
          per: 'month',
          unitPrice: tariff.standingChargePerMonth,
          taxCategory: 'standard',
        },
        {
          ...about('vat', 'VAT'),
          kind: 'tax',
          category: 'standard',
          ratePercent: tariff.vatPercent,
          inclusive: false,
        },
      ],
    },
  ],
};
