import type { ApprovalRequest, CreatedApiKey, PricePlanRecord, Role, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../db/index.ts';
import { flatPlan } from '../testing/price-plans.ts';
import { createTestTenant, type Injector, openTestApp, type SignedIn, type TestApp } from '../testing/test-app.ts';

// A tenant that lists tariffs.publish in fourEyesActions: publishing prices needs two people.
describe('four-eyes approval of price changes', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let requester: SignedIn;
  let approver: SignedIn;
  let clerk: SignedIn;

  const plansUrl = () => `/api/v1/tenants/${tenant.id}/price-plans`;
  const approvalsUrl = () => `/api/v1/tenants/${tenant.id}/approvals`;
  const publish = (as: Injector, payload: object) => as.inject({ method: 'POST', url: plansUrl(), payload });
  const decide = (as: Injector, approvalId: string, decision: 'approve' | 'reject') =>
    as.inject({ method: 'POST', url: `${approvalsUrl()}/${approvalId}/${decision}` });
  const planCodes = async () =>
    (await testApp.app.inject({ method: 'GET', url: `${plansUrl()}?limit=200` }))
      .json<{ items: { code: string }[] }>()
      .items.map((plan) => plan.code);
  const held = async (as: Injector, payload: object) => {
    const response = await publish(as, payload);
    if (response.statusCode !== 202) throw new Error(`Not held: ${response.statusCode} ${response.body}`);
    return response.json<ApprovalRequest>();
  };

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app, { fourEyesActions: ['tariffs.publish'] });
    const inTenant = { scope: 'tenant', tenantId: tenant.id } as const;
    requester = await testApp.signedInAs('administrator', inTenant);
    approver = await testApp.signedInAs('administrator', inTenant);
    clerk = await testApp.signedInAs('billing_clerk', inTenant);
  });
  afterAll(() => testApp.close());

  it('holds a new price plan instead of storing it, answering 202 with the request', async () => {
    expect(tenant.fourEyesActions).toEqual(['tariffs.publish']);
    const request = await held(requester, flatPlan('held_plan', 'EUR'));
    expect(request).toMatchObject({
      tenantId: tenant.id,
      action: 'tariffs.publish',
      command: 'price_plan.create',
      status: 'pending',
      requestedBy: requester.userId,
      decidedBy: null,
      result: null,
      input: { code: 'held_plan' },
    });
    expect(request.summary).toContain('held_plan');
    expect(await planCodes()).not.toContain('held_plan');
  });

  it('lets nobody approve or reject their own request', async () => {
    const request = await held(requester, flatPlan('own_plan', 'EUR'));
    for (const decision of ['approve', 'reject'] as const) {
      const response = await decide(requester, request.id, decision);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('approval_by_requester');
    }
    const after = await requester.inject({ method: 'GET', url: `${approvalsUrl()}/${request.id}` });
    expect(after.json<ApprovalRequest>().status).toBe('pending');
    expect(await planCodes()).not.toContain('own_plan');
  });

  it('shows a request only to people holding its permission in the tenant', async () => {
    const request = await held(requester, flatPlan('hidden_plan', 'EUR'));
    const list = await clerk.inject({ method: 'GET', url: approvalsUrl() });
    expect(list.json<{ items: ApprovalRequest[] }>().items).toEqual([]);
    const approve = await decide(clerk, request.id, 'approve');
    expect(approve.statusCode).toBe(404);
    expect(approve.json().code).toBe('approval_not_found');
    expect(await planCodes()).not.toContain('hidden_plan');
  });

  it('runs the request as the approver once, keeping its answer', async () => {
    const request = await held(requester, flatPlan('approved_plan', 'EUR', '2.10'));
    const response = await decide(approver, request.id, 'approve');
    expect(response.statusCode).toBe(200);
    const approved = response.json<ApprovalRequest>();
    expect(approved).toMatchObject({ status: 'approved', decidedBy: approver.userId });
    const plan = approved.result as PricePlanRecord;
    expect(plan).toMatchObject({ tenantId: tenant.id, definition: { code: 'approved_plan' } });
    const stored = await testApp.app.inject({ method: 'GET', url: `${plansUrl()}/${plan.id}` });
    expect(stored.json<PricePlanRecord>().definition.versions[0]?.components[0]).toMatchObject({ unitPrice: '2.10' });

    const again = await decide(approver, request.id, 'approve');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('approval_already_decided');
    expect((await planCodes()).filter((code) => code === 'approved_plan')).toHaveLength(1);
  });

  it('holds a price change too; a rejected one never runs', async () => {
    const plan = (
      await decide(approver, (await held(requester, flatPlan('changing_plan', 'EUR'))).id, 'approve')
    ).json<ApprovalRequest>().result as PricePlanRecord;
    const versionsUrl = `${plansUrl()}/${plan.id}/versions`;
    const version = { ...flatPlan('x', 'EUR', '9.99').versions[0], effectiveFrom: '2026-01-01' };
    const change = await requester.inject({ method: 'POST', url: versionsUrl, payload: version });
    expect(change.statusCode).toBe(202);
    const request = change.json<ApprovalRequest>();
    expect(request.summary).toContain('changing_plan');
    expect(request.command).toBe('price_plan.add_version');
    expect(request.input).toMatchObject({ planId: plan.id, version: { effectiveFrom: '2026-01-01' } });

    const rejected = await decide(approver, request.id, 'reject');
    expect(rejected.json<ApprovalRequest>()).toMatchObject({ status: 'rejected', decidedBy: approver.userId });
    expect((await decide(approver, request.id, 'approve')).json().code).toBe('approval_already_decided');
    const stored = await testApp.app.inject({ method: 'GET', url: `${plansUrl()}/${plan.id}` });
    expect(stored.json<PricePlanRecord>().definition.versions).toHaveLength(1);
  });

  it('refuses at once a request that could never run, holding nothing', async () => {
    const count = async () =>
      (await approver.inject({ method: 'GET', url: `${approvalsUrl()}?limit=200` })).json().items.length;
    const before = await count();
    const dollars = await publish(requester, flatPlan('in_dollars', 'USD'));
    expect(dollars.statusCode).toBe(422);
    expect(dollars.json().code).toBe('price_plan_currency_mismatch');
    const unknownPlan = await requester.inject({
      method: 'POST',
      url: `${plansUrl()}/01900000-0000-7000-8000-000000000000/versions`,
      payload: flatPlan('x', 'EUR').versions[0],
    });
    expect(unknownPlan.json().code).toBe('price_plan_not_found');
    expect(await count()).toBe(before);
  });

  it('keeps a request pending when its action is refused on approval', async () => {
    const first = await held(requester, flatPlan('same_code', 'EUR'));
    const second = await held(requester, flatPlan('same_code', 'EUR', '3.00'));
    expect((await decide(approver, first.id, 'approve')).statusCode).toBe(200);
    const refused = await decide(approver, second.id, 'approve');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('price_plan_code_taken');
    const still = await approver.inject({ method: 'GET', url: `${approvalsUrl()}/${second.id}` });
    expect(still.json<ApprovalRequest>()).toMatchObject({ status: 'pending', decidedBy: null, result: null });
    expect((await decide(approver, second.id, 'reject')).json<ApprovalRequest>().status).toBe('rejected');
  });

  it('lists requests by status, newest first', async () => {
    const pending = await held(requester, flatPlan('listed_plan', 'EUR'));
    const list = await approver.inject({ method: 'GET', url: `${approvalsUrl()}?status=pending&limit=200` });
    const items = list.json<{ items: ApprovalRequest[] }>().items;
    expect(items[0]?.id).toBe(pending.id);
    expect(items.every((item) => item.status === 'pending')).toBe(true);
    const rejected = await approver.inject({ method: 'GET', url: `${approvalsUrl()}?status=rejected` });
    expect(rejected.json<{ items: ApprovalRequest[] }>().items.every((item) => item.status === 'rejected')).toBe(true);
  });

  it('runs at once where the tenant does not ask for four eyes, and can be switched', async () => {
    const other = await createTestTenant(testApp.app);
    expect(other.fourEyesActions).toEqual([]);
    const direct = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${other.id}/price-plans`,
      payload: flatPlan('direct', 'EUR'),
    });
    expect(direct.statusCode).toBe(201);
    const switched = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${other.id}`,
      payload: { fourEyesActions: ['tariffs.publish', 'tariffs.publish'] },
    });
    expect(switched.json<Tenant>().fourEyesActions).toEqual(['tariffs.publish']);
    const now = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${other.id}/price-plans`,
      payload: flatPlan('now_held', 'EUR'),
    });
    expect(now.statusCode).toBe(202);
    const unknown = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${other.id}`,
      payload: { fourEyesActions: ['payments.post'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('body.fourEyesActions.0');
  });

  it('lets no API key ask for approval', async () => {
    const roles = (await testApp.app.inject({ method: 'GET', url: '/api/v1/roles' })).json<{ items: Role[] }>();
    const key = (
      await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenant.id}/api-keys`,
        payload: { name: 'Tariff sync', roleId: roles.items.find((role) => role.code === 'administrator')?.id },
      })
    ).json<CreatedApiKey>();
    const response = await testApp.raw.inject({
      method: 'POST',
      url: plansUrl(),
      payload: flatPlan('by_key', 'EUR'),
      headers: { authorization: `Bearer ${key.secret}` },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('permission_denied');
    expect(await planCodes()).not.toContain('by_key');
  });

  it('records each request and decision in the audit trail, never the held action itself', async () => {
    const request = await held(requester, flatPlan('audited_plan', 'EUR'));
    await decide(approver, request.id, 'approve');
    const events = await withTenant(testApp.database.db, tenant.id, (trx) =>
      trx
        .selectFrom('auditEvent')
        .select(['action', 'actorId', 'entityId'])
        .where('tenantId', '=', tenant.id)
        .where('entityId', '=', request.id)
        .orderBy('sequence')
        .execute(),
    );
    expect(events).toEqual([
      { action: 'approval.request', actorId: requester.userId, entityId: request.id },
      { action: 'approval.approve', actorId: approver.userId, entityId: request.id },
    ]);
  });
});
