import type { AuditEvent, Party, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type SignedIn, type TestApp } from '../testing/test-app.ts';

describe('audit events API', () => {
  let testApp: TestApp;
  let tenantA: Tenant;
  let tenantB: Tenant;
  let adminOfA: SignedIn;
  let parties: Party[];
  const eventsUrl = (tenant: Tenant) => `/api/v1/tenants/${tenant.id}/audit-events`;
  const itemsOf = async (response: { statusCode: number; json: () => unknown }) => {
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: AuditEvent[] }).items;
  };

  beforeAll(async () => {
    testApp = await openTestApp();
    tenantA = await createTestTenant(testApp.app);
    tenantB = await createTestTenant(testApp.app);
    adminOfA = await testApp.signedInAs('administrator', { scope: 'tenant', tenantId: tenantA.id });
    parties = [];
    for (const familyName of ['Abel', 'Berg', 'Cruz', 'Dias', 'Eco']) {
      const created = await adminOfA.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenantA.id}/parties`,
        payload: { kind: 'person', givenName: 'Zoé', familyName },
      });
      parties.push(created.json<Party>());
    }
    await testApp.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenantA.id}/parties/${parties[0]?.id}`,
      payload: { phone: '+33 1 23 45 67 89' },
    });
    await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantB.id}/parties`,
      payload: { kind: 'organisation', organisationName: 'Bravo SA' },
    });
  });
  afterAll(() => testApp.close());

  it('pages newest first by sequence without repeats', async () => {
    const sequences: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = cursor ? { limit: '4', cursor } : { limit: '4' };
      const response = await adminOfA.inject({ method: 'GET', url: eventsUrl(tenantA), query });
      const page = response.json<{ items: AuditEvent[]; nextCursor: string | null }>();
      sequences.push(...page.items.map((event) => event.sequence));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sequences).toEqual(['6', '5', '4', '3', '2', '1']);
  });

  it('filters by entity, actor, action and time', async () => {
    const first = parties[0]?.id ?? '';
    const get = (query: Record<string, string>) => adminOfA.inject({ method: 'GET', url: eventsUrl(tenantA), query });
    expect((await itemsOf(await get({ entityType: 'party', entityId: first }))).map((e) => e.action)).toEqual([
      'party.update',
      'party.create',
    ]);
    expect(await itemsOf(await get({ actorId: adminOfA.userId }))).toHaveLength(5);
    expect(await itemsOf(await get({ action: 'party.update' }))).toHaveLength(1);
    expect(await itemsOf(await get({ entityType: 'account' }))).toEqual([]);
    const all = await itemsOf(await get({}));
    const newest = all[0]?.occurredAt ?? '';
    const since = await itemsOf(await get({ from: newest }));
    expect(since.map((event) => event.sequence)).toContain('6');
    expect(since.every((event) => event.occurredAt >= newest)).toBe(true);
    expect((await itemsOf(await get({ to: newest }))).every((event) => event.occurredAt < newest)).toBe(true);
    expect(await itemsOf(await get({ from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' }))).toEqual([]);
  });

  it("keeps a tenant's events from another tenant's administrator", async () => {
    const response = await adminOfA.inject({ method: 'GET', url: eventsUrl(tenantB) });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'tenant_not_found' });
    const own = await itemsOf(await adminOfA.inject({ method: 'GET', url: eventsUrl(tenantA) }));
    expect(own.every((event) => event.tenantId === tenantA.id)).toBe(true);
  });

  it('shows the deployment chain only to those who may read audit deployment-wide', async () => {
    const refused = await adminOfA.inject({ method: 'GET', url: '/api/v1/audit-events' });
    expect(refused.statusCode).toBe(403);
    const events = await itemsOf(
      await testApp.app.inject({ method: 'GET', url: '/api/v1/audit-events', query: { entityId: tenantA.id } }),
    );
    expect(events).toMatchObject([{ tenantId: null, action: 'tenant.create', entityType: 'tenant' }]);
  });

  it('refuses a reader without audit.read and lets an auditor read', async () => {
    const analyst = await testApp.signedInAs('analyst', { scope: 'tenant', tenantId: tenantA.id });
    const refused = await analyst.inject({ method: 'GET', url: eventsUrl(tenantA) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'permission_denied' });
    const auditor = await testApp.signedInAs('auditor', { scope: 'tenant', tenantId: tenantA.id });
    expect(await itemsOf(await auditor.inject({ method: 'GET', url: eventsUrl(tenantA) }))).toHaveLength(6);
  });

  it('refuses a cursor it did not make', async () => {
    const response = await adminOfA.inject({ method: 'GET', url: eventsUrl(tenantA), query: { cursor: 'bm9wZQ' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'query.cursor' })]);
  });
});
