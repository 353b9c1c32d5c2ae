import type { PricePlanDefinition } from '@utilis/contracts';

type Component = PricePlanDefinition['versions'][number]['components'][number];
type Tier = { upTo: string | null; unitPrice: string };

const about = (code: string, en: string, zh: string) => ({
  code,
  name: { en, zh },
  provider: 'Beijing Waterworks',
  revenueCode: `4100-${code}`,
});

/** A water fee tiered on the household's use since 1 January, taxed in category water. */
export const waterFee = (tiers: Tier[]): Component => ({
  ...about('water_fee', 'Water fee', '水费'),
  kind: 'tiered',
  unit: 'm³',
  mode: 'graduated',
  tierPeriod: 'year',
  tiers,
  taxCategory: 'water',
});

export const resourceFee: Component = {
  ...about('resource_fee', 'Water resource fee', '水资源费'),
  kind: 'volumetric',
  unit: 'm³',
  unitPrice: '1.57',
  taxCategory: 'water',
};

export const sewageFee: Component = {
  ...about('sewage_fee', 'Sewage treatment fee', '污水处理费'),
  kind: 'volumetric',
  unit: 'm³',
  unitPrice: '1.36',
  taxCategory: 'water',
};

export const includedVat: Component = {
  ...about('vat', 'VAT', '增值税'),
  kind: 'tax',
  category: 'water',
  ratePercent: '9',
  inclusive: true,
};

/** Beijing residential water since May 2014: 300 m³ in a year costs 1,820.00 with 150.28 VAT included. */
export const beijingPlan: PricePlanDefinition = {
  code: 'beijing_residential',
  name: { en: 'Beijing residential water', zh: '北京居民用水' },
  currency: 'CNY',
  versions: [
    {
      effectiveFrom: '2014-05-01',
      components: [
        waterFee([
          { upTo: '180', unitPrice: '2.07' },
          { upTo: '260', unitPrice: '4.07' },
          { upTo: null, unitPrice: '6.07' },
        ]),
        resourceFee,
        sewageFee,
        includedVat,
      ],
    },
  ],
};

/** A plan of one volumetric charge from 2025, in `currency`. */
export const flatPlan = (code: string, currency: string, unitPrice = '1.50'): PricePlanDefinition => ({
  code,
  name: { en: `Flat ${code}` },
  currency,
  versions: [
    {
      effectiveFrom: '2025-01-01',
      components: [{ ...about('water', 'Water', '水'), kind: 'volumetric', unit: 'm³', unitPrice }],
    },
  ],
});
