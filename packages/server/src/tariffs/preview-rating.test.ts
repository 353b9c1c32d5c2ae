import type { PricePlanRecord, RatedBillResponse, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingPlan, flatPlan, includedVat, resourceFee, sewageFee, waterFee } from '../testing/price-plans.ts';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';

// 300 m³ over calendar 2025 on the Beijing plan: 180 × 2.07 + 80 × 4.07 + 40 × 6.07 water,
// 300 × 1.57 resource and 300 × 1.36 sewage = 1,820.00, of which 9% VAT included is 150.28.
const year2025 = { start: '2025-01-01', end: '2025-12-31' };
const beijingYear = { billingPeriod: year2025, usage: { kind: 'metered', period: year2025, consumption: '300' } };

describe('rating preview API', () => {
  let testApp: TestApp;
  let beijing: Tenant;
  let storedBeijing: PricePlanRecord;
  const preview = (payload: object) => testApp.app.inject({ method: 'POST', url: '/api/v1/rating/preview', payload });
  const amountsOf = (bill: RatedBillResponse) => bill.lines.map((line) => line.amount);

  beforeAll(async () => {
    testApp = await openTestApp();
    beijing = await createTestTenant(testApp.app, {
      country: 'CN',
      currency: 'CNY',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
    storedBeijing = (
      await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${beijing.id}/price-plans`,
        payload: beijingPlan,
      })
    ).json();
  });
  afterAll(() => testApp.close());

  it('rates 300 m³ in a year on the Beijing plan sent inline as 1,820.00 with 150.28 VAT included', async () => {
    const response = await preview({ ...beijingYear, plan: beijingPlan });
    expect(response.statusCode).toBe(200);
    const bill = response.json<RatedBillResponse>();
    expect(bill.currency).toBe('CNY');
    expect(amountsOf(bill)).toEqual(['372.60', '325.60', '242.80', '471.00', '408.00']);
    expect(bill.total).toBe('1820.00');
    expect(bill.taxes).toEqual([
      { category: 'water', ratePercent: '9', inclusive: true, base: '1820.00', amount: '150.28' },
    ]);
    expect(bill.lines[1]).toMatchObject({
      component: 'water_fee',
      name: { en: 'Water fee', zh: '水费' },
      quantity: '80',
      unit: 'm³',
      unitPrice: '4.07',
      period: year2025,
    });
    expect(bill.lines[1]?.explanation).toContain('tier 2');
    expect(bill.lines[1]?.explanation).toMatch(/= 325\.60$/);
  });

  it('rates the same year on the stored plan', async () => {
    const response = await preview({ ...beijingYear, tenantId: beijing.id, pricePlanId: storedBeijing.id });
    expect(response.statusCode).toBe(200);
    const bill = response.json<RatedBillResponse>();
    expect(amountsOf(bill)).toEqual(['372.60', '325.60', '242.80', '471.00', '408.00']);
    expect(bill.total).toBe('1820.00');
  });

  it('reads consumption across a meter rollover from two readings', async () => {
    const response = await preview({
      plan: beijingPlan,
      billingPeriod: year2025,
      usage: {
        kind: 'readings',
        previous: { on: '2025-01-01', value: '99990' },
        current: { on: '2026-01-01', value: '290' },
        digits: 5,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe('1820.00');
    expect(response.json().lines[0].period).toEqual(year2025);
  });

  it('answers a current reading below the previous one, without meter digits, with 422 negative_consumption', async () => {
    const response = await preview({
      plan: beijingPlan,
      billingPeriod: year2025,
      usage: {
        kind: 'readings',
        previous: { on: '2025-01-01', value: '500' },
        current: { on: '2026-01-01', value: '200' },
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'negative_consumption',
      detail: 'The current reading is below the previous one',
    });
  });

  it('answers a period before the first version with 422 no_price_version_in_force', async () => {
    const year2013 = { start: '2013-01-01', end: '2013-12-31' };
    const response = await preview({
      plan: beijingPlan,
      billingPeriod: year2013,
      usage: { kind: 'metered', period: year2013, consumption: '10' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('no_price_version_in_force');
  });

  it('names each offending field of an inline plan under body.plan', async () => {
    const response = await preview({
      ...beijingYear,
      plan: {
        ...beijingPlan,
        versions: [
          {
            effectiveFrom: '2014-05-01',
            components: [
              resourceFee,
              waterFee([
                { upTo: null, unitPrice: '2.07' },
                { upTo: '260', unitPrice: '4.07' },
              ]),
              sewageFee,
              includedVat,
            ],
          },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('price_plan_invalid');
    expect(response.json().errors).toEqual([
      expect.objectContaining({
        path: 'body.plan.versions[0].components[1].tiers[0].upTo',
        code: 'last_tier_not_open',
      }),
      expect.objectContaining({
        path: 'body.plan.versions[0].components[1].tiers[1].upTo',
        code: 'last_tier_not_open',
      }),
    ]);
  });

  it('names a wrongly typed field of an inline plan at its own path', async () => {
    const response = await preview({
      ...beijingYear,
      plan: { ...beijingPlan, versions: [{ effectiveFrom: '2014-05-01', components: [{ ...sewageFee, unit: 3 }] }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'body.plan.versions.0.components.0.unit', code: 'invalid_type' }),
    ]);
  });

  it('asks for a plan, or a tenant and a stored plan, but not both', async () => {
    const neither = await preview(beijingYear);
    expect(neither.statusCode).toBe(400);
    expect(neither.json().errors.map((error: { path: string }) => error.path)).toEqual([
      'body.tenantId',
      'body.pricePlanId',
    ]);
    const both = await preview({
      ...beijingYear,
      plan: beijingPlan,
      tenantId: beijing.id,
      pricePlanId: storedBeijing.id,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors.map((error: { path: string }) => error.path)).toEqual([
      'body.tenantId',
      'body.pricePlanId',
    ]);
  });

  it("answers an unknown tenant, an unknown plan and another tenant's plan with 404", async () => {
    const unknownId = '01900000-0000-7000-8000-000000000000';
    const noTenant = await preview({ ...beijingYear, tenantId: unknownId, pricePlanId: storedBeijing.id });
    expect(noTenant.json()).toMatchObject({ status: 404, code: 'tenant_not_found' });
    const noPlan = await preview({ ...beijingYear, tenantId: beijing.id, pricePlanId: unknownId });
    expect(noPlan.json()).toMatchObject({ status: 404, code: 'price_plan_not_found' });
    const other = await createTestTenant(testApp.app, { currency: 'CNY' });
    const foreign = await preview({ ...beijingYear, tenantId: other.id, pricePlanId: storedBeijing.id });
    expect(foreign.json()).toMatchObject({ status: 404, code: 'price_plan_not_found' });
  });

  it("rounds a stored plan the tenant's way unless the request names a mode, and an inline plan half-up", async () => {
    // 1 m³ at 0.125 is exactly half a cent: half-up gives 0.13, half-even 0.12, down 0.12, up 0.13.
    const tenant = await createTestTenant(testApp.app, { currency: 'EUR', roundingMode: 'half-even' });
    expect(tenant.roundingMode).toBe('half-even');
    const plan = flatPlan('half_cent', 'EUR', '0.125');
    const stored = (
      await testApp.app.inject({ method: 'POST', url: `/api/v1/tenants/${tenant.id}/price-plans`, payload: plan })
    ).json<PricePlanRecord>();
    const month = { start: '2025-03-01', end: '2025-03-31' };
    const input = { billingPeriod: month, usage: { kind: 'metered', period: month, consumption: '1' } };
    const totalOf = async (payload: object) =>
      (await preview({ ...input, ...payload })).json<RatedBillResponse>().total;

    expect(await totalOf({ tenantId: tenant.id, pricePlanId: stored.id })).toBe('0.12');
    expect(await totalOf({ tenantId: tenant.id, pricePlanId: stored.id, rounding: 'up' })).toBe('0.13');
    expect(await totalOf({ plan })).toBe('0.13');
    expect(await totalOf({ plan, rounding: 'down' })).toBe('0.12');
  });
});
