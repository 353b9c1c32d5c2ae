import type { ApiKey, CreatedApiKey, Party, Role, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';
import { apiKeyPattern } from './authenticate.ts';

describe('API keys', () => {
  let testApp: TestApp;
  let tenantA: Tenant;
  let tenantB: Tenant;
  let roleIds: Map<string, string>;
  const keysUrl = (tenant: Tenant) => `/api/v1/tenants/${tenant.id}/api-keys`;
  const createKey = async (tenant: Tenant, role: string) => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: keysUrl(tenant),
      payload: { name: `Meter import ${role}`, roleId: roleIds.get(role) },
    });
    if (response.statusCode !== 201) throw new Error(`Key not created: ${response.body}`);
    return response.json<CreatedApiKey>();
  };
  const withKey = (secret: string, options: { method: 'GET' | 'POST'; url: string; payload?: object }) =>
    testApp.raw.inject({ ...options, headers: { authorization: `Bearer ${secret}` } });

  beforeAll(async () => {
    testApp = await openTestApp();
    tenantA = await createTestTenant(testApp.app);
    tenantB = await createTestTenant(testApp.app);
    const roles = (await testApp.app.inject({ method: 'GET', url: '/api/v1/roles' })).json<{ items: Role[] }>();
    roleIds = new Map(roles.items.map((role) => [role.code, role.id]));
  });
  afterAll(() => testApp.close());

  it('shows the secret once, stores only its hash, and lets the key act with its role', async () => {
    const key = await createKey(tenantA, 'billing_clerk');
    expect(key.secret).toMatch(apiKeyPattern);
    expect(key.secret.startsWith(`utk_${key.prefix}_`)).toBe(true);
    expect(key).toMatchObject({ tenantId: tenantA.id, roleCode: 'billing_clerk', lastUsedAt: null, revokedAt: null });
    const row = await testApp.database.db
      .selectFrom('apiKey')
      .selectAll()
      .where('id', '=', key.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(key.secret.slice('utk_'.length + key.prefix.length + 1));

    const party = await withKey(key.secret, {
      method: 'POST',
      url: `/api/v1/tenants/${tenantA.id}/parties`,
      payload: { kind: 'organisation', organisationName: 'Imported Ltd' },
    });
    expect(party.statusCode).toBe(201);
    expect(party.json<Party>().tenantId).toBe(tenantA.id);
    const publish = await withKey(key.secret, { method: 'GET', url: keysUrl(tenantA) });
    expect(publish.statusCode).toBe(403);

    const listed = (await testApp.app.inject({ method: 'GET', url: keysUrl(tenantA) })).json<{ items: ApiKey[] }>();
    const shown = listed.items.find((item) => item.id === key.id);
    expect(shown?.lastUsedAt).not.toBeNull();
    expect(shown).not.toHaveProperty('secret');
  });

  it('refuses a key of tenant A on tenant B as if B did not exist', async () => {
    const key = await createKey(tenantA, 'administrator');
    const response = await withKey(key.secret, { method: 'GET', url: `/api/v1/tenants/${tenantB.id}/parties` });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('tenant_not_found');
    const tenants = await withKey(key.secret, { method: 'GET', url: '/api/v1/tenants?limit=200' });
    expect(tenants.json<{ items: Tenant[] }>().items.map((tenant) => tenant.id)).toEqual([tenantA.id]);
  });

  it('stops a revoked key at once; revoking twice changes nothing', async () => {
    const key = await createKey(tenantA, 'analyst');
    const url = `/api/v1/tenants/${tenantA.id}/parties`;
    expect((await withKey(key.secret, { method: 'GET', url })).statusCode).toBe(200);
    const revoke = () => testApp.app.inject({ method: 'DELETE', url: `${keysUrl(tenantA)}/${key.id}` });
    expect((await revoke()).statusCode).toBe(204);
    const refused = await withKey(key.secret, { method: 'GET', url });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('invalid_api_key');
    const revokedAt = (await testApp.app.inject({ method: 'GET', url: keysUrl(tenantA) }))
      .json<{ items: ApiKey[] }>()
      .items.find((item) => item.id === key.id)?.revokedAt;
    expect(revokedAt).not.toBeNull();
    expect((await revoke()).statusCode).toBe(204);
    const again = (await testApp.app.inject({ method: 'GET', url: keysUrl(tenantA) }))
      .json<{ items: ApiKey[] }>()
      .items.find((item) => item.id === key.id)?.revokedAt;
    expect(again).toBe(revokedAt);
  });

  it('refuses a malformed, unknown or tampered key with invalid_api_key', async () => {
    const key = await createKey(tenantA, 'analyst');
    const url = `/api/v1/tenants/${tenantA.id}/parties`;
    const tampered = `${key.secret.slice(0, -1)}${key.secret.endsWith('A') ? 'B' : 'A'}`;
    for (const secret of ['nonsense', `utk_${key.prefix}_${'x'.repeat(43)}`, tampered]) {
      const response = await withKey(secret, { method: 'GET', url });
      expect(response.statusCode, secret).toBe(401);
      expect(response.json().code).toBe('invalid_api_key');
    }
  });

  it('answers an unknown key id with api_key_not_found, and a key of B under A likewise', async () => {
    const keyOfB = await createKey(tenantB, 'analyst');
    const response = await testApp.app.inject({ method: 'DELETE', url: `${keysUrl(tenantA)}/${keyOfB.id}` });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('api_key_not_found');
    expect(
      (await withKey(keyOfB.secret, { method: 'GET', url: `/api/v1/tenants/${tenantB.id}/parties` })).statusCode,
    ).toBe(200);
  });

  it('gives a key no more than its creator holds throughout the tenant', async () => {
    const branchAdministrator = await testApp.signedInAs('administrator', {
      scope: 'branch',
      tenantId: tenantA.id,
      branchCode: 'north',
    });
    const before = (await testApp.app.inject({ method: 'GET', url: keysUrl(tenantA) })).json().items.length;
    const response = await branchAdministrator.inject({
      method: 'POST',
      url: keysUrl(tenantA),
      payload: { name: 'Wider than me', roleId: roleIds.get('analyst') },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('role_exceeds_your_permissions');
    expect((await testApp.app.inject({ method: 'GET', url: keysUrl(tenantA) })).json().items.length).toBe(before);
  });

  it('lets no key create keys', async () => {
    const key = await createKey(tenantA, 'administrator');
    const response = await withKey(key.secret, {
      method: 'POST',
      url: keysUrl(tenantA),
      payload: { name: 'Child key', roleId: roleIds.get('analyst') },
    });
    expect(response.statusCode).toBe(403);
  });
});
