// Billing rates each agreement of a bill period on its stored plan: March 2025 on a plan whose
// prices change on 16 March, monthly tiers prorated by days, rounded down as this tenant rounds.
import type { PricePlanDefinition, PricePlanRecord, Tenant } from '@utilis/contracts';
import { exact, formatMoney, type RatedBill } from '@utilis/domain';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../db/index.ts';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';
import { rateServicePeriod } from './rate-service-period.ts';
import { rateUsage } from './rate-usage.ts';
import type { ServicePeriodRating } from './service-period-rating.ts';

type Component = PricePlanDefinition['versions'][number]['components'][number];
const about = (code: string) => ({ code, name: { en: code }, provider: 'Eau de Nantes', revenueCode: `4100-${code}` });
const standing = (unitPrice: string): Component => ({ ...about('standing'), kind: 'fixed', per: 'month', unitPrice });
// Up to 31 m³ a month (prorated by days) at the first price, the rest at the second.
const water = (first: string, second: string): Component => ({
  ...about('water'),
  kind: 'tiered',
  unit: 'm³',
  mode: 'graduated',
  tierPeriod: 'month',
  tiers: [
    { upTo: '31', unitPrice: first },
    { upTo: null, unitPrice: second },
  ],
});
const residential: PricePlanDefinition = {
  code: 'residential',
  name: { en: 'Residential water' },
  currency: 'EUR',
  versions: [
    { effectiveFrom: '2025-01-01', components: [standing('6.00'), water('1.00', '2.00')] },
    { effectiveFrom: '2025-03-16', components: [standing('9.00'), water('1.10', '2.20')] },
  ],
};

const day = (text: string) => Temporal.PlainDate.from(text);
const march = { start: day('2025-03-01'), end: day('2025-03-31') };
const metered = (start: string, consumption: string) => ({
  kind: 'metered' as const,
  period: { start: day(start), end: march.end },
  consumption: exact.rational(consumption),
});
const amounts = (bill: RatedBill) => bill.lines.map((line) => [line.component, formatMoney(line.amount)]);

describe('rating a service period for billing', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let plan: PricePlanRecord;
  const rateMarch = async (period: Omit<ServicePeriodRating, 'billingPeriod'>, pricePlanId = plan.id) => {
    const rated = await withTenant(testApp.database.db, tenant.id, (trx) =>
      rateServicePeriod(trx, tenant, { pricePlanId, billingPeriod: march, ...period }),
    );
    if (!rated.ok) throw new Error(`Rating failed: ${rated.code} ${rated.detail ?? ''}`);
    return rated.value;
  };

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app, { roundingMode: 'down' });
    const created = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/price-plans`,
      payload: residential,
    });
    expect(created.statusCode).toBe(201);
    plan = created.json<PricePlanRecord>();
  });
  afterAll(() => testApp.close());

  it('charges an open-ended agreement 15 days at the old prices and 16 days at the new ones', async () => {
    // 62 m³ split by days: 30 m³ on the old prices (tier 1 up to 15), 32 m³ on the new (up to 16).
    const bill = await rateMarch({
      servicePeriod: { start: day('2024-06-01'), end: null },
      usage: metered('2025-03-01', '62'),
    });
    expect(amounts(bill)).toEqual([
      ['standing', '2.90'], // 6.00 × 15/31 = 2.9032… rounded down
      ['water', '15.00'],
      ['water', '30.00'],
      ['standing', '4.64'], // 9.00 × 16/31 = 4.6451… rounded down
      ['water', '17.60'],
      ['water', '35.20'],
    ]);
    expect(formatMoney(bill.total)).toBe('105.34');
    expect(bill.lines.map((line) => line.details.find((detail) => detail.kind === 'version'))).toEqual(
      ['2025-01-01', '2025-01-01', '2025-01-01', '2025-03-16', '2025-03-16', '2025-03-16'].map((effectiveFrom) => ({
        kind: 'version',
        effectiveFrom,
      })),
    );
  });

  it('keeps consumption exactly at the prorated tier limit in tier 1, and starts tier 2 just above it', async () => {
    const servicePeriod = { start: day('2024-06-01'), end: null };
    const atLimit = await rateMarch({ servicePeriod, usage: metered('2025-03-01', '31') });
    expect(amounts(atLimit).filter(([component]) => component === 'water')).toEqual([
      ['water', '15.00'],
      ['water', '17.60'],
    ]);
    // 31.031 m³: 15.015 and 16.016, a thousandth a day past each limit.
    const above = await rateMarch({ servicePeriod, usage: metered('2025-03-01', '31.031') });
    expect(amounts(above).filter(([component]) => component === 'water')).toEqual([
      ['water', '15.00'],
      ['water', '0.03'],
      ['water', '17.60'],
      ['water', '0.03'],
    ]);
  });

  it('charges a move-in on 10 March from that day, an open end running to the end of the bill period', async () => {
    const usage = metered('2025-03-10', '22');
    const open = await rateMarch({ servicePeriod: { start: day('2025-03-10'), end: null }, usage });
    expect(amounts(open)).toEqual([
      ['standing', '1.16'], // 6.00 × 6/31
      ['water', '6.00'], // 6 m³, exactly the limit of 6 days
      ['standing', '4.64'],
      ['water', '17.60'],
    ]);
    const closed = await rateMarch({ servicePeriod: { start: day('2025-03-10'), end: march.end }, usage });
    expect(closed).toEqual(open);
  });

  it('charges a move-out on 20 March up to that day', async () => {
    const bill = await rateMarch({ servicePeriod: { start: day('2024-06-01'), end: day('2025-03-20') } });
    expect(amounts(bill)).toEqual([
      ['standing', '2.90'],
      ['standing', '1.45'], // 9.00 × 5/31 = 1.4516…
    ]);
  });

  it('rates as the API does for the same period sent as JSON', async () => {
    const fromDomain = await rateMarch({
      servicePeriod: { start: day('2025-03-10'), end: day('2025-03-31') },
      usage: metered('2025-03-10', '22'),
    });
    const fromJson = rateUsage(
      plan.definition,
      {
        billingPeriod: { start: '2025-03-01', end: '2025-03-31' },
        servicePeriod: { start: '2025-03-10', end: '2025-03-31' },
        usage: { kind: 'metered', period: { start: '2025-03-10', end: '2025-03-31' }, consumption: '22' },
      },
      tenant.roundingMode,
    );
    expect(fromJson).toEqual({ ok: true, value: fromDomain });
  });

  it('refuses a plan the tenant does not have', async () => {
    const rated = await withTenant(testApp.database.db, tenant.id, (trx) =>
      rateServicePeriod(trx, tenant, { pricePlanId: tenant.id, billingPeriod: march }),
    );
    expect(rated).toMatchObject({ ok: false, code: 'price_plan_not_found' });
  });
});
