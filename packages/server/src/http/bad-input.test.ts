import type { Party, Tenant } from '@utilis/contracts';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';

describe('bad input', () => {
  let testApp: TestApp;
  let tenantA: Tenant;
  let tenantB: Tenant;
  let partyOfB: Party;

  beforeAll(async () => {
    testApp = await openTestApp({ bodyLimitBytes: 4096 });
    tenantA = await createTestTenant(testApp.app);
    tenantB = await createTestTenant(testApp.app);
    partyOfB = (
      await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenantB.id}/parties`,
        payload: { kind: 'person', givenName: 'Secret', familyName: 'Holder' },
      })
    ).json();
  });
  afterAll(() => testApp.close());

  const post = (url: string, body: string, contentType = 'application/json') =>
    testApp.app.inject({ method: 'POST', url, body, headers: { 'content-type': contentType } });
  const partiesOf = (tenant: Tenant) => `/api/v1/tenants/${tenant.id}/parties`;

  it('answers malformed JSON with 400 malformed_json as problem+json', async () => {
    const response = await post(partiesOf(tenantA), '{"kind": "person",');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'malformed_json', status: 400, title: expect.any(String) });
  });

  it('names every field of the wrong type', async () => {
    const response = await post(
      partiesOf(tenantA),
      JSON.stringify({ kind: 'person', givenName: 42, familyName: ['x'] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'body.givenName', code: 'invalid_type' }),
      expect.objectContaining({ path: 'body.familyName', code: 'invalid_type' }),
    ]);
  });

  it('names every unknown field', async () => {
    const body = JSON.stringify({
      kind: 'person',
      givenName: 'A',
      familyName: 'B',
      isAdmin: true,
      tenantId: tenantB.id,
    });
    const response = await post(partiesOf(tenantA), body);
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['body.isAdmin', 'body.tenantId']);
  });

  it('refuses a body over the size limit with 400 body_too_large', async () => {
    const body = JSON.stringify({ kind: 'organisation', organisationName: 'x'.repeat(5000) });
    const response = await post(partiesOf(tenantA), body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'body_too_large', detail: expect.stringContaining('4096') });
  });

  it('refuses a field longer than its limit, naming it', async () => {
    const response = await post(
      partiesOf(tenantA),
      JSON.stringify({ kind: 'organisation', organisationName: 'x'.repeat(301) }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'body.organisationName', code: 'too_big' }),
    ]);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await post(partiesOf(tenantA), 'kind=person', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('names bad query and path parameters', async () => {
    const query = await testApp.app.inject({ method: 'GET', url: `${partiesOf(tenantA)}?limit=5000&sort=name` });
    expect(query.statusCode).toBe(400);
    expect(
      query
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['query.limit', 'query.sort']);

    const path = await testApp.app.inject({ method: 'GET', url: '/api/v1/tenants/not-a-uuid/parties' });
    expect(path.statusCode).toBe(400);
    expect(path.json().errors[0].path).toBe('path.tenantId');

    const cursor = await testApp.app.inject({ method: 'GET', url: `${partiesOf(tenantA)}?cursor=bm9wZQ` });
    expect(cursor.json().errors[0]).toMatchObject({ path: 'query.cursor', code: 'invalid_cursor' });
  });

  it("answers another tenant's party with 404 and none of its data", async () => {
    for (const method of ['GET', 'PATCH'] as const) {
      const response = await testApp.app.inject({
        method,
        url: `${partiesOf(tenantA)}/${partyOfB.id}`,
        ...(method === 'PATCH' ? { payload: { givenName: 'Hijacked' } } : {}),
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('party_not_found');
      expect(response.body).not.toContain('Secret');
    }
    const untouched = await testApp.app.inject({ method: 'GET', url: `${partiesOf(tenantB)}/${partyOfB.id}` });
    expect(untouched.json().givenName).toBe('Secret');
  });

  it("refuses to open an account in tenant A for tenant B's party", async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantA.id}/accounts`,
      payload: { partyId: partyOfB.id },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('party_not_found');
  });

  it('answers an unknown route with 404 route_not_found', async () => {
    const response = await testApp.app.inject({ method: 'DELETE', url: '/api/v1/tenants' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      code: 'route_not_found',
      detail: 'DELETE /api/v1/tenants is not a route of this server',
    });
  });

  it('echoes a safe X-Request-Id and replaces an unsafe one', async () => {
    const kept = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/nowhere',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(kept.headers['x-request-id']).toBe('abc-123');
    expect(kept.json().requestId).toBe('abc-123');
    const replaced = await testApp.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'bad\nid' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('hides the cause of an unexpected failure behind internal_error', async () => {
    // Signing in records an audit event, which needs an id: the generator breaks only afterwards.
    let isGeneratorBroken = false;
    const broken = await openTestApp({
      newId: () => {
        if (isGeneratorBroken) throw new Error('id generator failed in /srv/utilis/secret-path.ts');
        return uuidv7();
      },
    });
    isGeneratorBroken = true;
    try {
      const response = await broken.app.inject({
        method: 'POST',
        url: '/api/v1/tenant-groups',
        payload: { code: 'never-made', name: 'Never made' },
      });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toMatchObject({ code: 'internal_error', requestId: expect.any(String) });
      expect(response.body).not.toMatch(/secret-path|generator|stack/i);
    } finally {
      await broken.close();
    }
  });
});
