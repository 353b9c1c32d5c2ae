import { randomUUID } from 'node:crypto';
import type { AuditEvent, Party, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDeclarationProblem } from '../http/command-route.ts';
import { flatPlan } from '../testing/price-plans.ts';
import {
  createTestTenant,
  type Injector,
  openTestApp,
  type SignedIn,
  signIn,
  type TestApp,
  testPassword,
} from '../testing/test-app.ts';
import { genesisHash } from './audit-event-hash.ts';

describe('audit trail', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let clerk: SignedIn;

  const eventsOf = async (tenantId: string | null, query: Record<string, string> = {}): Promise<AuditEvent[]> => {
    const path = tenantId ? `/api/v1/tenants/${tenantId}/audit-events` : '/api/v1/audit-events';
    const response = await testApp.app.inject({ method: 'GET', url: path, query: { limit: '200', ...query } });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: AuditEvent[] }>().items;
  };
  const createParty = async (as: Injector, tenantId: string, familyName: string) => {
    const response = await as.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantId}/parties`,
      payload: { kind: 'person', givenName: 'Jeanne', familyName },
      headers: { 'x-request-id': `create-${familyName}` },
    });
    expect(response.statusCode).toBe(201);
    return response.json<Party>();
  };

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app);
    clerk = await testApp.signedInAs('billing_clerk', { scope: 'tenant', tenantId: tenant.id });
  });
  afterAll(() => testApp.close());

  it('is declared by every write route of the API; only a route that changes nothing opts out', () => {
    const writes = testApp.routes.filter(
      (route) =>
        route.url.startsWith('/api/v1/') &&
        [route.method].flat().some((method) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)),
    );
    expect(writes.length).toBeGreaterThanOrEqual(12);
    const declared = (route: (typeof writes)[number]) => route.config?.command;
    expect(writes.filter((route) => declared(route) === undefined).map((route) => route.url)).toEqual([]);
    expect(writes.filter((route) => declared(route) === false).map((route) => route.url)).toContain(
      '/api/v1/rating/preview',
    );
  });

  it('records who created a party, when, from where, with the response as after', async () => {
    const party = await createParty(clerk, tenant.id, 'Createur');
    const [event, ...others] = await eventsOf(tenant.id, { entityId: party.id });
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      tenantId: tenant.id,
      action: 'party.create',
      entityType: 'party',
      entityId: party.id,
      actorKind: 'user',
      actorId: clerk.userId,
      actorLabel: clerk.email,
      ip: '127.0.0.1',
      requestId: 'create-Createur',
      before: null,
      after: party,
    });
    expect(Date.parse(event?.occurredAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records an update with the entity before and after', async () => {
    const party = await createParty(clerk, tenant.id, 'Avant');
    const response = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}/parties/${party.id}`,
      payload: { familyName: 'Après' },
    });
    expect(response.statusCode).toBe(200);
    const [update] = await eventsOf(tenant.id, { entityId: party.id, action: 'party.update' });
    expect(update).toMatchObject({ actorId: clerk.userId, before: party, after: response.json() });
    expect(update?.after).toMatchObject({ familyName: 'Après', displayName: 'Jeanne Après' });
  });

  it('records the before of accounts, tenants and price plans through their own GET use cases', async () => {
    const { app } = testApp;
    const party = await createParty(app, tenant.id, 'Titulaire');
    const account = (
      await app.inject({ method: 'POST', url: `/api/v1/tenants/${tenant.id}/accounts`, payload: { partyId: party.id } })
    ).json();
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}`,
      payload: { name: 'Maison' },
    });
    const plan = (
      await app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenant.id}/price-plans`,
        payload: flatPlan(`audit_${randomUUID().slice(0, 6)}`, 'EUR'),
      })
    ).json();
    const version = await app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/price-plans/${plan.id}/versions`,
      payload: { ...plan.definition.versions[0], effectiveFrom: '2031-01-01' },
    });
    expect(version.statusCode).toBe(201);
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}`,
      payload: { name: 'Eau' },
    });
    expect(renamed.statusCode).toBe(200);

    const events = await eventsOf(tenant.id);
    const byAction = (action: string) => events.find((event) => event.action === action);
    expect(byAction('account.open')).toMatchObject({ entityId: account.id, before: null, after: account });
    expect(byAction('account.update')).toMatchObject({ entityId: account.id, before: account });
    expect(byAction('price_plan.create')).toMatchObject({ entityType: 'price_plan', entityId: plan.id, after: plan });
    expect(byAction('price_plan.add_version')).toMatchObject({
      entityId: plan.id,
      before: plan,
      after: version.json(),
    });
    expect(byAction('tenant.update')).toMatchObject({ entityId: tenant.id, before: tenant, after: renamed.json() });
  });

  it('records tenant and group creation in the deployment chain', async () => {
    const created = await createTestTenant(testApp.app);
    const [event] = await eventsOf(null, { entityId: created.id });
    expect(event).toMatchObject({ tenantId: null, action: 'tenant.create', entityType: 'tenant', after: created });
    expect(await eventsOf(created.id)).toEqual([]);
  });

  it('numbers each tenant chain from 1 without gaps, each event linking to the previous hash', async () => {
    const [tenantA, tenantB] = [await createTestTenant(testApp.app), await createTestTenant(testApp.app)];
    await createParty(testApp.app, tenantA.id, 'Un');
    await createParty(testApp.app, tenantB.id, 'Un');
    await createParty(testApp.app, tenantA.id, 'Deux');
    const [second, first] = await eventsOf(tenantA.id);
    const [onlyOfB, ...none] = await eventsOf(tenantB.id);
    expect([first?.sequence, second?.sequence, onlyOfB?.sequence, none]).toEqual(['1', '2', '1', []]);
    expect(first?.previousHash).toBe(genesisHash);
    expect(second?.previousHash).toBe(first?.hash);
    expect(onlyOfB?.previousHash).toBe(genesisHash);
    expect(second?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records nothing for a refused change or a preview that stores nothing', async () => {
    const { app } = testApp;
    const quiet = await createTestTenant(app);
    const plan = (
      await app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${quiet.id}/price-plans`,
        payload: flatPlan('preview_only', 'EUR'),
      })
    ).json();
    const refused = await app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${quiet.id}/parties`,
      payload: { kind: 'person', givenName: 'Sans' },
    });
    expect(refused.statusCode).toBe(400);
    const period = { start: '2025-01-01', end: '2025-12-31' };
    const preview = await app.inject({
      method: 'POST',
      url: '/api/v1/rating/preview',
      payload: {
        tenantId: quiet.id,
        pricePlanId: plan.id,
        billingPeriod: period,
        usage: { kind: 'metered', period, consumption: '10' },
      },
    });
    expect(preview.statusCode).toBe(200);
    expect((await eventsOf(quiet.id)).map((event) => event.action)).toEqual(['price_plan.create']);
  });

  it('records sign-ins, with the session token redacted, and refused sign-ins without the password', async () => {
    const since = new Date().toISOString();
    const reader = await testApp.signedInAs('auditor', { scope: 'tenant', tenantId: tenant.id });
    const [signedIn] = await eventsOf(null, { actorId: reader.userId, action: 'session.sign_in' });
    expect(signedIn).toMatchObject({ actorKind: 'user', actorLabel: reader.email, entityType: 'user' });
    expect(signedIn?.entityId).toBe(reader.userId);
    expect(signedIn?.after).toMatchObject({ user: { id: reader.userId }, csrfToken: '[redacted]' });

    const guessed = 'Sesame-Ouvre-Toi-0451';
    const refused = await testApp.raw.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: reader.email.toUpperCase(), password: guessed },
    });
    expect(refused.statusCode).toBe(401);
    const failures = await eventsOf(null, { action: 'session.sign_in_failed', from: since });
    const failure = failures.find((event) => event.actorLabel === reader.email);
    expect(failure).toMatchObject({ actorKind: 'user', actorId: null, before: null, after: null });
    expect(JSON.stringify(failures)).not.toContain(guessed);
  });

  it('records a sign-out and a password change, never the passwords', async () => {
    const person = await testApp.signedInAs('auditor', { scope: 'tenant', tenantId: tenant.id });
    const newPassword = 'Une toute nouvelle phrase de passe';
    const changed = await person.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: testPassword, newPassword },
    });
    expect(changed.statusCode).toBe(204);
    const again = await signIn(testApp.raw, person.email, newPassword);
    expect((await again.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    const events = await eventsOf(null, { actorId: person.userId });
    expect(events.map((event) => event.action)).toEqual([
      'session.sign_out',
      'session.sign_in',
      'user.change_password',
      'session.sign_in',
    ]);
    expect(events.every((event) => event.entityId === person.userId)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(newPassword);
    expect(JSON.stringify(events)).not.toContain(testPassword);
  });
});

describe('command declarations', () => {
  const route = (method: string, config: Record<string, unknown>) => ({ method, url: '/api/v1/things', config });
  const thingCommand = { name: 'thing.create', entity: 'thing', permission: 'parties.edit' } as const;

  it('refuses a write route that names no command, or one that needs another permission than the route', () => {
    expect(commandDeclarationProblem(route('DELETE', { access: 'signed_in' }))).toMatch(
      'DELETE /api/v1/things declares no command',
    );
    expect(
      commandDeclarationProblem(route('POST', { access: 'parties.read', command: thingCommand as never })),
    ).toMatch(/open to parties.read but runs thing.create, which needs parties.edit/);
  });

  it('accepts reads, command: false, and a command with the route’s permission', () => {
    expect(commandDeclarationProblem(route('GET', { access: 'signed_in' }))).toBeUndefined();
    expect(commandDeclarationProblem(route('POST', { access: 'signed_in', command: false }))).toBeUndefined();
    expect(
      commandDeclarationProblem(route('PUT', { access: 'parties.edit', command: thingCommand as never })),
    ).toBeUndefined();
    expect(commandDeclarationProblem({ method: 'POST', url: '/health', config: {} })).toBeUndefined();
  });
});
