import { randomUUID } from 'node:crypto';
import { builtInRoles, type Role } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';

describe('roles API', () => {
  let testApp: TestApp;
  const code = `meter_${randomUUID().slice(0, 8)}`;
  const list = async () =>
    (await testApp.app.inject({ method: 'GET', url: '/api/v1/roles' })).json<{ items: Role[] }>().items;
  const post = (payload: object) => testApp.app.inject({ method: 'POST', url: '/api/v1/roles', payload });

  beforeAll(async () => {
    testApp = await openTestApp();
  });
  afterAll(() => testApp.close());

  it('lists the built-in roles first, with their permissions', async () => {
    const roles = await list();
    const builtIn = roles.filter((role) => role.isBuiltIn);
    expect(builtIn.map((role) => role.code).sort()).toEqual(Object.keys(builtInRoles).sort());
    expect(roles.slice(0, builtIn.length).every((role) => role.isBuiltIn)).toBe(true);
    expect(builtIn.find((role) => role.code === 'cashier')?.permissions).toEqual([...builtInRoles.cashier.permissions]);
  });

  it('creates a custom role and changes its name and permissions', async () => {
    const created = await post({ code, name: 'Meter reader', permissions: ['metering.read', 'metering.read'] });
    expect(created.statusCode).toBe(201);
    const role = created.json<Role>();
    expect(role).toMatchObject({ code, isBuiltIn: false, permissions: ['metering.read'] });
    const changed = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/v1/roles/${role.id}`,
      payload: { name: 'Meter reader (field)', permissions: ['metering.read', 'metering.edit'] },
    });
    expect(changed.json()).toMatchObject({
      name: 'Meter reader (field)',
      permissions: ['metering.read', 'metering.edit'],
    });
    expect((await list()).find((each) => each.id === role.id)?.name).toBe('Meter reader (field)');
  });

  it('refuses a code in use, built-in or custom, and an unknown permission', async () => {
    expect(
      (await post({ code: 'cashier', name: 'Fake cashier', permissions: ['payments.post'] })).json(),
    ).toMatchObject({
      code: 'role_code_taken',
    });
    const twice = await post({ code: `dup_${code}`, name: 'One', permissions: ['tenants.read'] });
    expect(twice.statusCode).toBe(201);
    expect((await post({ code: `dup_${code}`, name: 'Two', permissions: ['tenants.read'] })).statusCode).toBe(409);
    const unknown = await post({ code: `bad_${code}`, name: 'Bad', permissions: ['everything'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('body.permissions.0');
    const codes = (await list()).map((role) => role.code);
    expect(codes.filter((each) => each === `dup_${code}`)).toHaveLength(1);
    expect(codes).not.toContain(`bad_${code}`);
    expect(codes.filter((each) => each === 'cashier')).toHaveLength(1);
  });

  it('keeps built-in roles read-only', async () => {
    const administrator = (await list()).find((role) => role.code === 'administrator');
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/v1/roles/${administrator?.id}`,
      payload: { permissions: ['tenants.read'] },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('built_in_role_read_only');
    expect((await list()).find((role) => role.code === 'administrator')?.permissions).toHaveLength(
      builtInRoles.administrator.permissions.length,
    );
  });

  it('is for deployment-wide role managers; user managers of a tenant may only list', async () => {
    const tenant = await createTestTenant(testApp.app);
    const tenantAdministrator = await testApp.signedInAs('administrator', { scope: 'tenant', tenantId: tenant.id });
    expect((await tenantAdministrator.inject({ method: 'GET', url: '/api/v1/roles' })).statusCode).toBe(200);
    const create = await tenantAdministrator.inject({
      method: 'POST',
      url: '/api/v1/roles',
      payload: { code: `tenant_${code}`, name: 'Nope', permissions: ['tenants.read'] },
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().detail).toMatch(/whole deployment/);
    const cashier = await testApp.signedInAs('cashier', { scope: 'tenant', tenantId: tenant.id });
    const listed = await cashier.inject({ method: 'GET', url: '/api/v1/roles' });
    expect(listed.statusCode).toBe(403);
    expect(listed.json().code).toBe('permission_denied');
  });
});
