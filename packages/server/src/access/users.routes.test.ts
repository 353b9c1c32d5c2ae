import { randomUUID } from 'node:crypto';
import type { Grant, GrantScope, Role, Tenant, User } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestTenant,
  type Injector,
  openTestApp,
  type SignedIn,
  signIn,
  type TestApp,
  testPassword,
} from '../testing/test-app.ts';

describe('users API', () => {
  let testApp: TestApp;
  let tenantA: Tenant;
  let tenantB: Tenant;
  let roleIds: Map<string, string>;
  // A word in every e-mail this file creates, so searches ignore users of other suites.
  const token = `u${randomUUID().slice(0, 8)}`;

  const roleId = (code: string) => {
    const id = roleIds.get(code);
    if (!id) throw new Error(`No role ${code}`);
    return id;
  };
  const inTenant = (tenant: Tenant): GrantScope => ({ scope: 'tenant', tenantId: tenant.id });
  const newEmail = (name: string) => `${name}-${token}-${randomUUID().slice(0, 6)}@example.org`;
  const createUser = async (
    as: Injector,
    grants: { role: string; scope: GrantScope }[],
    overrides: Record<string, unknown> = {},
  ) =>
    as.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email: newEmail('staff'),
        displayName: 'Staff Member',
        password: testPassword,
        grants: grants.map((grant) => ({ roleId: roleId(grant.role), scope: grant.scope })),
        ...overrides,
      },
    });
  const created = async (as: Injector, grants: { role: string; scope: GrantScope }[], overrides = {}) => {
    const response = await createUser(as, grants, overrides);
    if (response.statusCode !== 201) throw new Error(`User not created: ${response.body}`);
    return response.json<User>();
  };
  const search = async (as: Injector, text: string) =>
    (await as.inject({ method: 'GET', url: `/api/v1/users?q=${encodeURIComponent(text)}&limit=200` })).json<{
      items: User[];
    }>().items;
  const patch = (as: Injector, userId: string, payload: object) =>
    as.inject({ method: 'PATCH', url: `/api/v1/users/${userId}`, payload });
  const login = (email: string, password = testPassword) =>
    testApp.raw.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  beforeAll(async () => {
    testApp = await openTestApp();
    tenantA = await createTestTenant(testApp.app);
    tenantB = await createTestTenant(testApp.app);
    const roles = (await testApp.app.inject({ method: 'GET', url: '/api/v1/roles' })).json<{ items: Role[] }>();
    roleIds = new Map(roles.items.map((role) => [role.code, role.id]));
  });
  afterAll(() => testApp.close());

  it('creates a user with grants, finds them by e-mail or name, and pages in e-mail order', async () => {
    const first = await created(testApp.app, [{ role: 'cashier', scope: inTenant(tenantA) }], {
      email: newEmail('alpha'),
      displayName: `Zoë ${token} Ångström`,
    });
    expect(first).toMatchObject({ isActive: true, isLocked: false, displayName: `Zoë ${token} Ångström` });
    expect(first.grants).toEqual([
      expect.objectContaining({ roleCode: 'cashier', scope: { scope: 'tenant', tenantId: tenantA.id } }),
    ]);
    expect(JSON.stringify(first)).not.toContain(testPassword);
    await created(testApp.app, [], { email: newEmail('beta') });
    await created(testApp.app, [], { email: newEmail('gamma') });

    expect((await search(testApp.app, `Zoë ${token}`)).map((user) => user.id)).toEqual([first.id]);
    const emails: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (
        await testApp.app.inject({ method: 'GET', url: `/api/v1/users?q=${token}&limit=2${query}` })
      ).json();
      emails.push(...page.items.map((user: User) => user.email));
      cursor = page.nextCursor;
    } while (cursor);
    expect(emails).toHaveLength(3);
    expect(emails).toEqual([...emails].sort());
    expect(emails[0]).toMatch(/^alpha-/);
  });

  it('searches LIKE wildcards as plain text', async () => {
    await created(testApp.app, [], { displayName: `100% ${token}_x` });
    expect(await search(testApp.app, `100% ${token}_x`)).toHaveLength(1);
    expect(await search(testApp.app, `1_0% ${token}`)).toHaveLength(0);
  });

  it('refuses a short password and an e-mail in use, naming the field', async () => {
    const weak = await createUser(testApp.app, [], { password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([expect.objectContaining({ path: 'body.password', code: 'too_small' })]);
    const user = await created(testApp.app, []);
    const again = await createUser(testApp.app, [], { email: user.email.toUpperCase() });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('email_taken');
  });

  describe('a manager of one tenant', () => {
    let manager: SignedIn;
    let sharedUser: User;
    let userOfB: User;

    beforeAll(async () => {
      manager = await testApp.signedInAs('administrator', inTenant(tenantA));
      sharedUser = await created(testApp.app, [
        { role: 'billing_clerk', scope: inTenant(tenantA) },
        { role: 'auditor', scope: inTenant(tenantB) },
      ]);
      userOfB = await created(testApp.app, [{ role: 'cashier', scope: inTenant(tenantB) }]);
    });

    it('sees users holding a grant in the tenant, and only those grants', async () => {
      const seen = await search(manager, token);
      expect(seen.map((user) => user.id)).toContain(sharedUser.id);
      expect(seen.map((user) => user.id)).not.toContain(userOfB.id);
      const shared = await manager.inject({ method: 'GET', url: `/api/v1/users/${sharedUser.id}` });
      expect(shared.json<User>().grants.map((grant) => grant.roleCode)).toEqual(['billing_clerk']);
      const hidden = await manager.inject({ method: 'GET', url: `/api/v1/users/${userOfB.id}` });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().code).toBe('user_not_found');
    });

    it('cannot change a user who also holds roles elsewhere', async () => {
      const response = await patch(manager, sharedUser.id, { displayName: 'Renamed' });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('user_outside_your_scope');
      const after = await testApp.app.inject({ method: 'GET', url: `/api/v1/users/${sharedUser.id}` });
      expect(after.json<User>().displayName).toBe(sharedUser.displayName);
    });

    it('grants only within the tenant, and never creates a user out of their sight', async () => {
      const email = newEmail('outside');
      const outside = await createUser(manager, [{ role: 'cashier', scope: inTenant(tenantB) }], { email });
      expect(outside.statusCode).toBe(403);
      expect(outside.json().code).toBe('grant_outside_your_scope');
      const deployment = await createUser(manager, [{ role: 'cashier', scope: { scope: 'deployment' } }], { email });
      expect(deployment.json().code).toBe('grant_outside_your_scope');
      const none = await createUser(manager, [], { email });
      expect(none.statusCode).toBe(400);
      expect(none.json().errors[0].path).toBe('body.grants');
      expect(await search(testApp.app, email)).toEqual([]);

      const added = await manager.inject({
        method: 'POST',
        url: `/api/v1/users/${sharedUser.id}/grants`,
        payload: { roleId: roleId('cashier'), scope: inTenant(tenantB) },
      });
      expect(added.statusCode).toBe(403);
      expect(added.json().code).toBe('grant_outside_your_scope');

      const north: GrantScope = { scope: 'branch', tenantId: tenantA.id, branchCode: 'north' };
      const inA = await created(manager, [{ role: 'cashier', scope: north }]);
      expect(inA.grants[0]?.scope).toEqual({ scope: 'branch', tenantId: tenantA.id, branchCode: 'north' });
    });

    it('cannot revoke a grant outside the tenant', async () => {
      const all = await testApp.app.inject({ method: 'GET', url: `/api/v1/users/${sharedUser.id}` });
      const grantInB = all.json<User>().grants.find((grant) => grant.roleCode === 'auditor');
      const response = await manager.inject({
        method: 'DELETE',
        url: `/api/v1/users/${sharedUser.id}/grants/${grantInB?.id}`,
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('grant_not_found');
      const after = await testApp.app.inject({ method: 'GET', url: `/api/v1/users/${sharedUser.id}` });
      expect(after.json<User>().grants).toHaveLength(2);
    });
  });

  it('hands out no role with permissions the manager lacks there', async () => {
    const createRole = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/roles',
      payload: {
        code: `people_${token}`,
        name: 'People manager',
        permissions: ['access.users.manage', 'tenants.read'],
      },
    });
    expect(createRole.statusCode).toBe(201);
    roleIds.set(`people_${token}`, createRole.json<Role>().id);
    const peopleManager = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email: newEmail('people'),
        displayName: 'People Manager',
        password: testPassword,
        grants: [{ roleId: roleId(`people_${token}`), scope: inTenant(tenantA) }],
      },
    });
    const manager = await signIn(testApp.raw, peopleManager.json<User>().email, testPassword);

    const administrator = await createUser(manager, [{ role: 'administrator', scope: inTenant(tenantA) }]);
    expect(administrator.statusCode).toBe(403);
    expect(administrator.json()).toMatchObject({ code: 'role_exceeds_your_permissions' });
    const self = peopleManager.json<User>();
    const escalate = await manager.inject({
      method: 'POST',
      url: `/api/v1/users/${self.id}/grants`,
      payload: { roleId: roleId('cashier'), scope: inTenant(tenantA) },
    });
    expect(escalate.json().code).toBe('role_exceeds_your_permissions');
    const own = await manager.inject({ method: 'GET', url: `/api/v1/users/${self.id}` });
    expect(own.json<User>().grants).toHaveLength(1);
    expect((await createUser(manager, [{ role: `people_${token}`, scope: inTenant(tenantA) }])).statusCode).toBe(201);
  });

  it('gives back a grant already held instead of doubling it', async () => {
    const user = await created(testApp.app, [{ role: 'cashier', scope: inTenant(tenantA) }]);
    const again = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/grants`,
      payload: { roleId: roleId('cashier'), scope: inTenant(tenantA) },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<Grant>().id).toBe(user.grants[0]?.id);
  });

  it('revokes a grant at once, keeping the row stamped with revoked_at', async () => {
    const user = await created(testApp.app, [{ role: 'analyst', scope: inTenant(tenantA) }]);
    const session = await signIn(testApp.raw, user.email, testPassword);
    const partiesOfA = { method: 'GET' as const, url: `/api/v1/tenants/${tenantA.id}/parties` };
    expect((await session.inject(partiesOfA)).statusCode).toBe(200);
    const grantId = user.grants[0]?.id ?? '';
    const revoked = await testApp.app.inject({ method: 'DELETE', url: `/api/v1/users/${user.id}/grants/${grantId}` });
    expect(revoked.statusCode).toBe(204);
    expect((await session.inject(partiesOfA)).statusCode).toBe(404);
    const row = await testApp.database.db
      .selectFrom('roleGrant')
      .select('revokedAt')
      .where('id', '=', grantId)
      .executeTakeFirstOrThrow();
    expect(row.revokedAt).toBeInstanceOf(Date);
    const twice = await testApp.app.inject({ method: 'DELETE', url: `/api/v1/users/${user.id}/grants/${grantId}` });
    expect(twice.json().code).toBe('grant_not_found');
  });

  it('deactivation signs the user out everywhere and refuses sign-in until reactivated', async () => {
    const user = await created(testApp.app, [{ role: 'cashier', scope: inTenant(tenantA) }]);
    const session = await signIn(testApp.raw, user.email, testPassword);
    const deactivated = await patch(testApp.app, user.id, { isActive: false });
    expect(deactivated.json<User>().isActive).toBe(false);
    const refused = await session.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('session_expired');
    expect((await login(user.email)).json().code).toBe('invalid_credentials');
    await patch(testApp.app, user.id, { isActive: true });
    expect((await login(user.email)).statusCode).toBe(200);
  });

  it("a manager's new password ends the user's sessions; only the new one signs in", async () => {
    const user = await created(testApp.app, [{ role: 'cashier', scope: inTenant(tenantA) }]);
    const session = await signIn(testApp.raw, user.email, testPassword);
    const newPassword = "'; DROP TABLE app_user; -- ünïcødé";
    expect((await patch(testApp.app, user.id, { password: newPassword })).statusCode).toBe(200);
    expect((await session.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
    expect((await login(user.email)).statusCode).toBe(401);
    expect((await login(user.email, newPassword)).statusCode).toBe(200);
  });

  it('unlock clears a lockout after repeated failed sign-ins', async () => {
    const user = await created(testApp.app, [{ role: 'cashier', scope: inTenant(tenantA) }]);
    for (let attempt = 0; attempt < 5; attempt++) await login(user.email, 'wrong password!');
    expect((await login(user.email)).statusCode).toBe(401);
    const locked = await testApp.app.inject({ method: 'GET', url: `/api/v1/users/${user.id}` });
    expect(locked.json<User>().isLocked).toBe(true);
    const unlocked = await patch(testApp.app, user.id, { unlock: true });
    expect(unlocked.json<User>().isLocked).toBe(false);
    expect((await login(user.email)).statusCode).toBe(200);
  });

  it('nobody revokes their own last user-managing grant or locks themselves out', async () => {
    const admin = await testApp.signedInAs('administrator', inTenant(tenantA));
    const self = (await admin.inject({ method: 'GET', url: `/api/v1/users/${admin.userId}` })).json<User>();
    const grantId = self.grants[0]?.id ?? '';
    const revoke = await admin.inject({ method: 'DELETE', url: `/api/v1/users/${admin.userId}/grants/${grantId}` });
    expect(revoke.statusCode).toBe(422);
    expect(revoke.json().code).toBe('last_administrator_grant');
    for (const change of [{ isActive: false }, { password: 'a brand new passphrase' }, { unlock: true }]) {
      const response = await patch(admin, admin.userId, change);
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe('cannot_change_own_access');
    }
    expect((await patch(admin, admin.userId, { displayName: 'Still Me' })).json<User>().displayName).toBe('Still Me');
    // With a second administrator grant, the first may go.
    await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/users/${admin.userId}/grants`,
      payload: { roleId: roleId('administrator'), scope: inTenant(tenantB) },
    });
    expect(
      (await admin.inject({ method: 'DELETE', url: `/api/v1/users/${admin.userId}/grants/${grantId}` })).statusCode,
    ).toBe(204);
  });
});
