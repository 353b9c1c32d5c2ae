import { randomUUID } from 'node:crypto';
import type { Account, Party, PricePlanRecord, Role, Tenant, User } from '@utilis/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatPlan } from '../testing/price-plans.ts';
import {
  createTestTenant,
  openTestApp,
  type SignedIn,
  signIn,
  type TestApp,
  testPassword,
} from '../testing/test-app.ts';

// Each refusal below also shows that it left no trace: the list or row it would have changed did not change.

const problemWithoutRequestId = (response: LightMyRequestResponse) => {
  const { requestId: _, ...rest } = response.json<{ requestId: string }>();
  return rest;
};

const login = (testApp: TestApp, email: string, password: string) =>
  testApp.raw.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

describe('attacks on signing in and sessions', () => {
  let testApp: TestApp;
  let now = Temporal.Instant.from('2026-06-01T08:00:00Z');
  const advance = (minutes: number) => {
    now = now.add({ minutes });
  };
  let tenant: Tenant;

  beforeAll(async () => {
    testApp = await openTestApp({ now: () => now });
    tenant = await createTestTenant(testApp.app);
  });
  afterAll(() => testApp.close());

  const newCashier = () => testApp.signedInAs('cashier', { scope: 'tenant', tenantId: tenant.id });

  it('answers a wrong password exactly as an unknown e-mail', async () => {
    const { email } = await newCashier();
    const wrong = await login(testApp, email, 'not the password at all');
    const unknown = await login(testApp, `nobody-${randomUUID()}@example.org`, 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(problemWithoutRequestId(wrong)).toEqual(problemWithoutRequestId(unknown));
    expect(wrong.cookies).toEqual([]);
  });

  it('locks an account after 5 failures, refusing even the right password until the lock expires', async () => {
    const { email, password } = await newCashier();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await login(testApp, email, `wrong ${attempt} password`)).statusCode).toBe(401);
    }
    const locked = await login(testApp, email, password);
    expect(locked.statusCode).toBe(401);
    expect(problemWithoutRequestId(locked)).toEqual(
      problemWithoutRequestId(await login(testApp, `nobody-${randomUUID()}@example.org`, password)),
    );
    expect(locked.cookies).toEqual([]);
    advance(14);
    expect((await login(testApp, email, password)).statusCode).toBe(401);
    advance(2);
    expect((await login(testApp, email, password)).statusCode).toBe(200);
  });

  it('ends a session left idle past the idle timeout', async () => {
    const cashier = await newCashier();
    const session = { method: 'GET' as const, url: '/api/v1/auth/session' };
    advance(119);
    expect((await cashier.inject(session)).statusCode).toBe(200);
    advance(121);
    const expired = await cashier.inject(session);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('session_expired');
  });

  it('ends even a busy session at its absolute lifetime', async () => {
    const cashier = await newCashier();
    const session = { method: 'GET' as const, url: '/api/v1/auth/session' };
    for (let hour = 0; hour < 11; hour++) {
      advance(60);
      expect((await cashier.inject(session)).statusCode, `hour ${hour + 1}`).toBe(200);
    }
    advance(61);
    expect((await cashier.inject(session)).json().code).toBe('session_expired');
  });

  it('refuses a session cookie after sign-out', async () => {
    const cashier = await newCashier();
    expect((await cashier.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    const reused = await cashier.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/parties` });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().code).toBe('session_expired');
  });

  it("refuses a deactivated user's open session", async () => {
    const cashier = await newCashier();
    // Signed in now: the moved clock has long ended the first administrator's session.
    const administrator = await testApp.signedInAs('administrator', { scope: 'deployment' });
    const deactivated = await administrator.inject({
      method: 'PATCH',
      url: `/api/v1/users/${cashier.userId}`,
      payload: { isActive: false },
    });
    expect(deactivated.statusCode).toBe(200);
    const response = await cashier.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/parties` });
    expect(response.statusCode).toBe(401);
  });

  it('lists your own sessions and signs one out', async () => {
    const first = await newCashier();
    const second = await signIn(testApp.raw, first.email, first.password);
    const listed = (await first.inject({ method: 'GET', url: '/api/v1/auth/sessions' })).json<{
      items: { id: string; isCurrent: boolean }[];
    }>().items;
    expect(listed).toHaveLength(2);
    const other = listed.find((session) => !session.isCurrent);
    expect(JSON.stringify(listed)).not.toMatch(/token/i);
    const ended = await first.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${other?.id}` });
    expect(ended.statusCode).toBe(204);
    expect((await second.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
    expect((await first.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    // Another person's session id is not found, whoever asks.
    const stranger = await newCashier();
    const own = (await first.inject({ method: 'GET', url: '/api/v1/auth/sessions' })).json().items[0].id;
    expect((await stranger.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${own}` })).statusCode).toBe(404);
  });
});

describe('attacks on requests', () => {
  let testApp: TestApp;
  let tenantA: Tenant;
  let tenantB: Tenant;
  let partyOfB: Party;
  let planOfB: PricePlanRecord;
  let clerkOfA: SignedIn;

  beforeAll(async () => {
    testApp = await openTestApp({ bodyLimitBytes: 8192 });
    tenantA = await createTestTenant(testApp.app);
    tenantB = await createTestTenant(testApp.app);
    partyOfB = (
      await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenantB.id}/parties`,
        payload: { kind: 'person', givenName: 'Only', familyName: 'InB' },
      })
    ).json();
    planOfB = (
      await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenantB.id}/price-plans`,
        payload: flatPlan('secret_plan', 'EUR'),
      })
    ).json();
    clerkOfA = await testApp.signedInAs('billing_clerk', { scope: 'tenant', tenantId: tenantA.id });
  });
  afterAll(() => testApp.close());

  const partyNames = async (tenant: Tenant) =>
    (await testApp.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/parties?limit=200` }))
      .json<{ items: Party[] }>()
      .items.map((party) => party.displayName);
  const accountCount = async (tenant: Tenant) =>
    (await testApp.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/accounts?limit=200` })).json().items
      .length;

  it('refuses a cookie-authenticated write without the CSRF token, creating nothing', async () => {
    const signedIn = await login(testApp, clerkOfA.email, clerkOfA.password);
    const cookie = `utilis_session=${signedIn.cookies.find((each) => each.name === 'utilis_session')?.value}`;
    const payload = { kind: 'person', givenName: 'Forged', familyName: 'Request' };
    const url = `/api/v1/tenants/${tenantA.id}/parties`;
    for (const headers of [{ cookie }, { cookie, 'x-csrf-token': 'guessed' }]) {
      const response = await testApp.raw.inject({ method: 'POST', url, payload, headers });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf_token_invalid');
    }
    expect(await partyNames(tenantA)).not.toContain('Forged Request');
    const read = await testApp.raw.inject({ method: 'GET', url, headers: { cookie } });
    expect(read.statusCode).toBe(200);
  });

  it("finds no other tenant's rows by id, in the path or in the body", async () => {
    const inPath = await clerkOfA.inject({
      method: 'GET',
      url: `/api/v1/tenants/${tenantA.id}/parties/${partyOfB.id}`,
    });
    expect(inPath.statusCode).toBe(404);
    expect(inPath.json().code).toBe('party_not_found');

    const before = await accountCount(tenantB);
    const bodyParty = await clerkOfA.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantA.id}/accounts`,
      payload: { partyId: partyOfB.id },
    });
    expect(bodyParty.statusCode).toBe(404);
    expect(bodyParty.json().code).toBe('party_not_found');
    expect(await accountCount(tenantB)).toBe(before);
    expect(await accountCount(tenantA)).toBe(0);

    const period = { start: '2025-01-01', end: '2025-01-31' };
    const preview = await clerkOfA.inject({
      method: 'POST',
      url: '/api/v1/rating/preview',
      payload: {
        tenantId: tenantB.id,
        pricePlanId: planOfB.id,
        billingPeriod: period,
        usage: { kind: 'metered', period, consumption: '10' },
      },
    });
    expect(preview.statusCode).toBe(404);
    expect(preview.json().code).toBe('tenant_not_found');
    const mixed = await clerkOfA.inject({
      method: 'POST',
      url: '/api/v1/rating/preview',
      payload: {
        tenantId: tenantA.id,
        pricePlanId: planOfB.id,
        billingPeriod: period,
        usage: { kind: 'metered', period, consumption: '10' },
      },
    });
    expect(mixed.statusCode).toBe(404);
    expect(mixed.json().code).toBe('price_plan_not_found');
  });

  it("shows a branch cashier only their branch's accounts", async () => {
    const party = (
      await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenantA.id}/parties`,
        payload: { kind: 'organisation', organisationName: 'Branch Holder' },
      })
    ).json<Party>();
    const open = async (branchCode?: string) =>
      (
        await testApp.app.inject({
          method: 'POST',
          url: `/api/v1/tenants/${tenantA.id}/accounts`,
          payload: { partyId: party.id, ...(branchCode && { branchCode }) },
        })
      ).json<Account>();
    const north = [await open('north'), await open('north')];
    const south = await open('south');
    const unassigned = await open();
    const cashier = await testApp.signedInAs('cashier', { scope: 'branch', tenantId: tenantA.id, branchCode: 'north' });

    const listed = await cashier.inject({ method: 'GET', url: `/api/v1/tenants/${tenantA.id}/accounts?limit=200` });
    expect(
      listed
        .json<{ items: Account[] }>()
        .items.map((account) => account.id)
        .sort(),
    ).toEqual(north.map((account) => account.id).sort());
    for (const hidden of [south, unassigned]) {
      const response = await cashier.inject({
        method: 'GET',
        url: `/api/v1/tenants/${tenantA.id}/accounts/${hidden.id}`,
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('account_not_found');
    }
    const seen = await cashier.inject({ method: 'GET', url: `/api/v1/tenants/${tenantA.id}/accounts/${north[0]?.id}` });
    expect(seen.statusCode).toBe(200);
  });

  it('stores SQL metacharacters, wildcards, quotes and any script verbatim in every text field', async () => {
    const nasty = [
      "'; DROP TABLE party; --",
      "Robert'); DELETE FROM account; --",
      '100% _sure_ \\ back\\slash',
      `"double" 'single' \`back\` $1 $$ ;`,
      'Ёжик 北京 Ünïcødé 🚰 ‮rtl',
    ];
    for (const text of nasty) {
      const tenant = (
        await testApp.app.inject({
          method: 'POST',
          url: '/api/v1/tenants',
          payload: {
            code: `t-${randomUUID().slice(0, 13)}`,
            name: text,
            country: 'FR',
            currency: 'EUR',
            locale: 'fr',
            timeZone: 'Europe/Paris',
          },
        })
      ).json<Tenant>();
      expect(tenant.name).toBe(text);
      expect((await testApp.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}` })).json().name).toBe(text);

      const person = await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenant.id}/parties`,
        payload: { kind: 'person', givenName: text, middleName: text, familyName: text },
      });
      expect(person.json<Party>()).toMatchObject({ givenName: text, middleName: text, familyName: text });
      const organisation = (
        await testApp.app.inject({
          method: 'POST',
          url: `/api/v1/tenants/${tenant.id}/parties`,
          payload: { kind: 'organisation', organisationName: text, registrationNumber: text },
        })
      ).json<Party>();
      expect(organisation).toMatchObject({ organisationName: text, registrationNumber: text });
      const found = await testApp.app.inject({
        method: 'GET',
        url: `/api/v1/tenants/${tenant.id}/parties?q=${encodeURIComponent(text)}`,
      });
      expect(found.json<{ items: Party[] }>().items.map((party) => party.id)).toContain(organisation.id);

      const account = (
        await testApp.app.inject({
          method: 'POST',
          url: `/api/v1/tenants/${tenant.id}/accounts`,
          payload: { partyId: organisation.id, name: text, accountNumber: 'A-1/2.3' },
        })
      ).json<Account>();
      expect(account).toMatchObject({ name: text, accountNumber: 'A-1/2.3', partyDisplayName: text });

      const email = `o'brien_${randomUUID().slice(0, 6)}+x@example.org`;
      const user = await testApp.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        payload: { email, displayName: text, password: `${text} long enough` },
      });
      expect(user.json<User>()).toMatchObject({ email, displayName: text });
      expect((await login(testApp, email, `${text} long enough`)).statusCode).toBe(200);
    }
    expect((await testApp.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenantA.id}/parties` })).statusCode).toBe(
      200,
    );
  });

  it('refuses the NUL character anywhere in a request as bad input, creating nothing', async () => {
    const party = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantA.id}/parties`,
      payload: { kind: 'organisation', organisationName: 'Nul\u0000Ltd' },
    });
    expect(party.statusCode).toBe(400);
    expect(party.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'body.organisationName', code: 'nul_character' }],
    });
    expect((await partyNames(tenantA)).some((each) => each.startsWith('Nul'))).toBe(false);
    const search = await testApp.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenantA.id}/parties?q=a%00b` });
    expect(search.json().errors[0].path).toBe('query.q');
    const plan = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantA.id}/price-plans`,
      payload: { ...flatPlan('nul_plan', 'EUR'), name: { en: 'Nul\u0000' } },
    });
    expect(plan.json().errors[0].path).toBe('body.name.en');
    const cursor = Buffer.from('a\u0000b').toString('base64url');
    const users = await testApp.app.inject({ method: 'GET', url: `/api/v1/users?cursor=${cursor}` });
    expect(users.json().errors[0].path).toBe('query.cursor');
  });

  it('refuses an oversized body with body_too_large, creating nothing', async () => {
    const name = `Huge ${'x'.repeat(9000)}`;
    const party = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantA.id}/parties`,
      payload: { kind: 'organisation', organisationName: name },
    });
    expect(party.statusCode).toBe(400);
    expect(party.json().code).toBe('body_too_large');
    expect((await partyNames(tenantA)).some((each) => each.startsWith('Huge'))).toBe(false);

    const email = `huge-${randomUUID().slice(0, 6)}@example.org`;
    const user = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email, displayName: name, password: testPassword },
    });
    expect(user.json().code).toBe('body_too_large');
    const users = await testApp.app.inject({ method: 'GET', url: `/api/v1/users?q=${email}` });
    expect(users.json().items).toEqual([]);

    // Before signing in, too: the size is checked before anything reads the body.
    const anonymous = await testApp.raw.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: 'x'.repeat(9000) },
    });
    expect(anonymous.json().code).toBe('body_too_large');
  });

  it('refuses to make anyone more than their manager, whatever the body says', async () => {
    const roles = (await testApp.app.inject({ method: 'GET', url: '/api/v1/roles' })).json<{ items: Role[] }>().items;
    const administrator = roles.find((role) => role.code === 'administrator')?.id;
    const manager = await testApp.signedInAs('administrator', { scope: 'tenant', tenantId: tenantA.id });
    const email = `climber-${randomUUID().slice(0, 6)}@example.org`;
    const response = await manager.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email,
        displayName: 'Climber',
        password: testPassword,
        grants: [
          { roleId: administrator, scope: { scope: 'tenant', tenantId: tenantA.id } },
          { roleId: administrator, scope: { scope: 'deployment' } },
        ],
      },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('grant_outside_your_scope');
    expect((await testApp.app.inject({ method: 'GET', url: `/api/v1/users?q=${email}` })).json().items).toEqual([]);
    const raise = await manager.inject({
      method: 'POST',
      url: `/api/v1/users/${manager.userId}/grants`,
      payload: { roleId: administrator, scope: { scope: 'tenant', tenantId: tenantB.id } },
    });
    expect(raise.json().code).toBe('grant_outside_your_scope');
    expect((await manager.inject({ method: 'GET', url: `/api/v1/tenants/${tenantB.id}` })).statusCode).toBe(404);
  });
});

describe('protections on every response', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await openTestApp();
  });
  afterAll(() => testApp.close());

  it('sets the session cookie HttpOnly, SameSite=Strict and Secure, with security headers', async () => {
    const tenant = await createTestTenant(testApp.app);
    const cashier = await testApp.signedInAs('cashier', { scope: 'tenant', tenantId: tenant.id });
    const response = await login(testApp, cashier.email, cashier.password);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((each) => each.name === 'utilis_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true, path: '/' });
    const headers = response.headers;
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toBeDefined();
    const refused = await testApp.raw.inject({ method: 'GET', url: '/api/v1/tenants' });
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    expect(refused.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('sign-in rate limit', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await openTestApp({ security: { loginAttemptsPerMinute: 3 } });
  });
  afterAll(() => testApp.close());

  it('answers 429 rate_limited past the attempts per minute allowed from one address', async () => {
    const attempt = (remoteAddress: string, index: number) =>
      testApp.raw.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `nobody-${index}@example.org`, password: 'wrong password' },
        remoteAddress,
      });
    const attempts = [];
    for (let index = 0; index < 4; index++) attempts.push(await attempt('203.0.113.7', index));
    expect(attempts.map((response) => response.statusCode)).toEqual([401, 401, 401, 429]);
    expect(attempts[3]?.json().code).toBe('rate_limited');
    expect(attempts[3]?.headers['retry-after']).toBeDefined();
    // Another address is counted on its own.
    expect((await attempt('203.0.113.8', 5)).statusCode).toBe(401);
  });
});
