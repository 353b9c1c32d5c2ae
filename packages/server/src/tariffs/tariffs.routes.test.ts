import type { PricePlanRecord, PricePlanSummary, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingPlan, flatPlan, includedVat, resourceFee, sewageFee, waterFee } from '../testing/price-plans.ts';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';

const unknownId = '01900000-0000-7000-8000-000000000000';

describe('price plans API', () => {
  let testApp: TestApp;
  let beijing: Tenant;
  const plansUrl = (tenant: Tenant = beijing) => `/api/v1/tenants/${tenant.id}/price-plans`;
  const post = (payload: object, tenant: Tenant = beijing) =>
    testApp.app.inject({ method: 'POST', url: plansUrl(tenant), payload });
  const create = async (payload: object, tenant: Tenant = beijing) => {
    const response = await post(payload, tenant);
    if (response.statusCode !== 201) throw new Error(`Plan not created: ${response.body}`);
    return response.json<PricePlanRecord>();
  };
  const addVersion = (planId: string, payload: object, tenant: Tenant = beijing) =>
    testApp.app.inject({ method: 'POST', url: `${plansUrl(tenant)}/${planId}/versions`, payload });
  const get = (planId: string, tenant: Tenant = beijing) =>
    testApp.app.inject({ method: 'GET', url: `${plansUrl(tenant)}/${planId}` });
  const pathsOf = (body: { errors: { path: string }[] }) => body.errors.map((error) => error.path);

  beforeAll(async () => {
    testApp = await openTestApp();
    beijing = await createTestTenant(testApp.app, {
      country: 'CN',
      currency: 'CNY',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
  });
  afterAll(() => testApp.close());

  it('stores a plan with its version change made explicit and gives it back whole', async () => {
    const record = await create(beijingPlan);
    expect(record.tenantId).toBe(beijing.id);
    expect(record.definition).toEqual({ ...beijingPlan, versionChange: 'split_by_days' });

    const fetched = await get(record.id);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(record);
  });

  it('refuses a second plan with the same code', async () => {
    await create(flatPlan('twice', 'CNY'));
    const again = await post(flatPlan('twice', 'CNY', '9.99'));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('price_plan_code_taken');
  });

  it("refuses a plan in another currency than the tenant's", async () => {
    const response = await post(flatPlan('in_euros', 'EUR'));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'price_plan_currency_mismatch',
      detail: 'The plan is in EUR; the tenant bills in CNY',
    });
  });

  it('refuses a plan the domain cannot rate, naming the component and field of each problem', async () => {
    const response = await post({
      ...beijingPlan,
      code: 'broken',
      versions: [
        {
          effectiveFrom: '2025-01-01',
          components: [
            waterFee([
              { upTo: '180', unitPrice: '2.07' },
              { upTo: '150', unitPrice: '4.07' },
              { upTo: null, unitPrice: '6.07' },
            ]),
            resourceFee,
            sewageFee,
            { ...sewageFee, code: 'drainage', taxCategory: 'sewage' },
            includedVat,
          ],
        },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('price_plan_invalid');
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'body.versions[0].components[0].tiers[1].upTo', code: 'tiers_not_ascending' }),
      expect.objectContaining({ path: 'body.versions[0].components[3].taxCategory', code: 'tax_category_without_tax' }),
    ]);
    const list = (await testApp.app.inject({ method: 'GET', url: `${plansUrl()}?q=broken` })).json();
    expect(list.items).toEqual([]);
  });

  it('names a field of the wrong type at its own path before the domain reads the plan', async () => {
    const response = await post({
      ...flatPlan('typed', 'CNY'),
      versions: [{ effectiveFrom: '2025-01-01', components: [{ ...resourceFee, unitPrice: 1.57 }] }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
    expect(pathsOf(response.json())).toEqual(['body.versions.0.components.0.unitPrice']);
  });

  it('adds a later version as a price change and keeps the earlier one as it was', async () => {
    const plan = await create(flatPlan('with_change', 'CNY'));
    const [first] = plan.definition.versions;
    const raised = { effectiveFrom: '2026-01-01', components: [{ ...first?.components[0], unitPrice: '1.75' }] };

    const response = await addVersion(plan.id, raised);
    expect(response.statusCode).toBe(201);
    const record = response.json<PricePlanRecord>();
    expect(record.definition.versions).toEqual([...plan.definition.versions, raised]);
    expect(record.updatedAt >= plan.updatedAt).toBe(true);
    expect((await get(plan.id)).json()).toEqual(record);
  });

  it('refuses a version taking effect on or before the latest one', async () => {
    const plan = await create(flatPlan('no_backdating', 'CNY'));
    const [first] = plan.definition.versions;
    for (const effectiveFrom of ['2025-01-01', '2024-06-30']) {
      const response = await addVersion(plan.id, { ...first, effectiveFrom });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        code: 'price_plan_version_not_later',
        detail: 'The latest version takes effect on 2025-01-01; a new version must start later',
      });
    }
    expect((await get(plan.id)).json().definition.versions).toHaveLength(1);
  });

  it('refuses a new version the domain cannot rate, naming its fields from the body', async () => {
    const plan = await create(flatPlan('bad_change', 'CNY'));
    const response = await addVersion(plan.id, {
      effectiveFrom: '2026-01-01',
      components: [
        waterFee([
          { upTo: null, unitPrice: '1' },
          { upTo: '20', unitPrice: '2' },
        ]),
        includedVat,
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('price_plan_invalid');
    expect(pathsOf(response.json())).toEqual(['body.components[0].tiers[0].upTo', 'body.components[0].tiers[1].upTo']);
  });

  it('lists newest first with the days each version takes effect, pages without repeats, and filters', async () => {
    const tenant = await createTestTenant(testApp.app, { currency: 'CNY' });
    const codes = ['list_a', 'list_b', 'list_c', 'list_d'];
    for (const code of codes) await create(flatPlan(code, 'CNY'), tenant);
    await create(beijingPlan, tenant);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (
        await testApp.app.inject({ method: 'GET', url: `${plansUrl(tenant)}?limit=3&q=list${query}` })
      ).json();
      seen.push(...page.items.map((item: PricePlanSummary) => item.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...codes].reverse());

    const byChineseName = (
      await testApp.app.inject({ method: 'GET', url: `${plansUrl(tenant)}?q=${encodeURIComponent('居民')}` })
    ).json();
    expect(byChineseName.items).toEqual([
      expect.objectContaining({
        code: 'beijing_residential',
        name: beijingPlan.name,
        currency: 'CNY',
        versionChange: 'split_by_days',
        versions: [{ effectiveFrom: '2014-05-01' }],
      }),
    ]);
  });

  it("answers another tenant's plan with 404 and none of its data, and never lists it", async () => {
    const other = await createTestTenant(testApp.app, { currency: 'CNY' });
    const secret = await create(flatPlan('secret_plan', 'CNY'), other);

    const fetched = await get(secret.id);
    expect(fetched.statusCode).toBe(404);
    expect(fetched.json().code).toBe('price_plan_not_found');
    expect(fetched.body).not.toContain('secret_plan');

    const change = await addVersion(secret.id, { ...secret.definition.versions[0], effectiveFrom: '2030-01-01' });
    expect(change.statusCode).toBe(404);
    expect(change.json().code).toBe('price_plan_not_found');

    const list = (await testApp.app.inject({ method: 'GET', url: `${plansUrl()}?q=secret` })).json();
    expect(list.items).toEqual([]);
    expect((await get(secret.id, other)).json().definition.versions).toHaveLength(1);
  });

  it('answers an unknown plan with price_plan_not_found and an unknown tenant with tenant_not_found', async () => {
    expect((await get(unknownId)).json()).toMatchObject({ status: 404, code: 'price_plan_not_found' });
    const tenant = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${unknownId}/price-plans`,
      payload: beijingPlan,
    });
    expect(tenant.json()).toMatchObject({ status: 404, code: 'tenant_not_found' });
  });
});
