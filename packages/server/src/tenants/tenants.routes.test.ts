import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';

describe('tenants API', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp();
  });
  afterAll(() => testApp.close());

  it('creates a tenant, gets it and finds it in the list', async () => {
    const { app } = testApp;
    const tenant = await createTestTenant(app, {
      name: '北京自来水',
      country: 'CN',
      currency: 'CNY',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
    expect(tenant).toMatchObject({ name: '北京自来水', currency: 'CNY', groupId: null, roundingMode: 'half-up' });

    const fetched = await app.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}` });
    expect(fetched.json()).toEqual(tenant);

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (await app.inject({ method: 'GET', url: `/api/v1/tenants?limit=2${query}` })).json();
      pages.push(...page.items.map((item: { id: string }) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toContain(tenant.id);
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('refuses a second tenant with the same code', async () => {
    const { app } = testApp;
    const tenant = await createTestTenant(app);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      payload: {
        code: tenant.code,
        name: 'Copy',
        country: 'FR',
        currency: 'EUR',
        locale: 'fr',
        timeZone: 'Europe/Paris',
      },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'tenant_code_taken' });
  });

  it('refuses an unknown currency, country format, locale and time zone, naming each field', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      payload: {
        code: 'bad-one',
        name: 'Bad',
        country: 'France',
        currency: 'XYZ',
        locale: 'not a locale!',
        timeZone: 'Mars/Olympus',
      },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.country', 'body.currency', 'body.locale', 'body.timeZone']));
  });

  it('updates the name and time zone but never the code or currency', async () => {
    const { app } = testApp;
    const tenant = await createTestTenant(app);
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}`,
      payload: { name: 'Eaux de Lyon', timeZone: 'Europe/Paris' },
    });
    expect(renamed.json()).toMatchObject({ name: 'Eaux de Lyon', code: tenant.code });

    const currency = await app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}`,
      payload: { currency: 'USD' },
    });
    expect(currency.statusCode).toBe(400);
    expect(currency.json().errors).toEqual([
      expect.objectContaining({ path: 'body.currency', code: 'unrecognized_key' }),
    ]);
  });

  it('keeps the rounding mode chosen for rated amounts, changes it, and refuses an unknown one', async () => {
    const { app } = testApp;
    const tenant = await createTestTenant(app, { roundingMode: 'half-even' });
    expect(tenant.roundingMode).toBe('half-even');
    const url = `/api/v1/tenants/${tenant.id}`;
    const changed = await app.inject({ method: 'PATCH', url, payload: { roundingMode: 'down' } });
    expect(changed.json()).toMatchObject({ roundingMode: 'down', name: tenant.name });
    expect((await app.inject({ method: 'GET', url })).json().roundingMode).toBe('down');

    const unknown = await app.inject({ method: 'PATCH', url, payload: { roundingMode: 'nearest' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ path: 'body.roundingMode' })]);
  });

  it('numbers parties by the pattern the tenant keeps, changes and clears it, and refuses a malformed one', async () => {
    const { app } = testApp;
    expect((await createTestTenant(app)).partyReferencePattern).toBeNull();
    const tenant = await createTestTenant(app, { partyReferencePattern: 'C-{seq:7}' });
    expect(tenant.partyReferencePattern).toBe('C-{seq:7}');
    const url = `/api/v1/tenants/${tenant.id}`;
    const changed = await app.inject({ method: 'PATCH', url, payload: { partyReferencePattern: 'K{seq:6}{check}' } });
    expect(changed.json()).toMatchObject({ partyReferencePattern: 'K{seq:6}{check}', accountNumberPattern: null });
    expect((await app.inject({ method: 'GET', url })).json().partyReferencePattern).toBe('K{seq:6}{check}');
    const cleared = await app.inject({ method: 'PATCH', url, payload: { partyReferencePattern: null } });
    expect(cleared.json().partyReferencePattern).toBeNull();

    for (const pattern of ['C-{seq:7}{seq:2}', 'no counter', 'C-{seq:30}', '-{seq:4}']) {
      const refused = await app.inject({ method: 'PATCH', url, payload: { partyReferencePattern: pattern } });
      expect(refused.statusCode, pattern).toBe(400);
      expect(refused.json().errors, pattern).toEqual([expect.objectContaining({ path: 'body.partyReferencePattern' })]);
    }
    const badNew = await app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      payload: {
        code: `bad-${tenant.code.slice(2, 12)}`,
        name: 'Bad',
        country: 'FR',
        currency: 'EUR',
        locale: 'fr',
        timeZone: 'Europe/Paris',
        partyReferencePattern: 'C-{check}',
      },
    });
    expect(badNew.statusCode).toBe(400);
    expect(badNew.json().errors).toEqual([expect.objectContaining({ path: 'body.partyReferencePattern' })]);
  });

  it('places a tenant in a group and refuses an unknown group', async () => {
    const { app } = testApp;
    const group = await app.inject({
      method: 'POST',
      url: '/api/v1/tenant-groups',
      payload: { code: `g-${Date.now()}`, name: 'Gruppo Acque' },
    });
    expect(group.statusCode).toBe(201);
    const tenant = await createTestTenant(app, { groupId: group.json().id });
    expect(tenant.groupId).toBe(group.json().id);

    const groups = await app.inject({ method: 'GET', url: '/api/v1/tenant-groups' });
    expect(groups.json().items.map((item: { id: string }) => item.id)).toContain(group.json().id);

    const orphan = await app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}`,
      payload: { groupId: '01900000-0000-7000-8000-000000000000' },
    });
    expect(orphan.statusCode).toBe(404);
    expect(orphan.json().code).toBe('tenant_group_not_found');
  });

  it('answers 404 tenant_not_found for an unknown tenant', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/tenants/01900000-0000-7000-8000-000000000000',
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('tenant_not_found');
  });
});
