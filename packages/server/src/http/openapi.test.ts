import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, testPassword } from '../testing/test-app.ts';

describe('API documentation', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp();
  });
  afterAll(() => testApp.close());

  it('serves a valid OpenAPI 3.1 document covering every API route', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    await SwaggerParser.validate(structuredClone(document));
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/api/v1/tenants',
        '/api/v1/tenants/{tenantId}',
        '/api/v1/tenants/{tenantId}/parties/{partyId}',
        '/api/v1/tenants/{tenantId}/accounts/{accountId}',
        '/api/v1/tenants/{tenantId}/price-plans',
        '/api/v1/tenants/{tenantId}/price-plans/{planId}',
        '/api/v1/tenants/{tenantId}/price-plans/{planId}/versions',
        '/api/v1/rating/preview',
      ]),
    );
    expect(document.components.schemas).toHaveProperty('Problem');
    expect(document.components.schemas).toHaveProperty('Party');
    expect(document.components.schemas).toHaveProperty('PricePlan');
    expect(document.components.schemas).toHaveProperty('RatedBill');
  });

  it('declares the API key, the session cookie and its CSRF header, asked of every API route but the public ones', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(document.components.securitySchemes).toEqual({
      apiKey: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      sessionCookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'utilis_session' }),
      csrfToken: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }),
    });
    const read = [{ apiKey: [] }, { sessionCookie: [] }];
    const write = [{ apiKey: [] }, { sessionCookie: [], csrfToken: [] }];
    expect(document.security).toEqual(read);
    const securityOf = (path: string, method: string) => document.paths[path][method].security ?? document.security;
    expect(securityOf('/api/v1/tenants', 'get')).toEqual(read);
    expect(securityOf('/api/v1/tenants', 'post')).toEqual(write);
    expect(securityOf('/api/v1/auth/login', 'post')).toEqual([]);
    expect(securityOf('/health', 'get')).toEqual([]);

    // Every documented operation that asks for nothing is a public route, and the other way round.
    const operations = testApp.routes.flatMap((route) =>
      [route.method].flat().map((method) => ({
        path: route.url.replace(/:(\w+)/g, '{$1}'),
        method: method.toLowerCase(),
        isOpen: !route.url.startsWith('/api/v1/') || route.config?.access === 'public',
      })),
    );
    const documented = operations.filter(({ path, method }) => document.paths[path]?.[method]);
    expect(documented.length).toBeGreaterThan(50);
    for (const { path, method, isOpen } of documented) {
      expect(securityOf(path, method).length === 0, `${method} ${path}`).toBe(isOpen);
    }
  });

  it('names the cookie and the header a write from a signed-in browser needs', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const { sessionCookie, csrfToken } = document.components.securitySchemes;
    const { email } = await testApp.signedInAs('administrator', { scope: 'deployment' });
    const login = await testApp.raw.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: testPassword },
    });
    const cookie = `${sessionCookie.name}=${login.cookies.find(({ name }) => name === sessionCookie.name)?.value}`;
    const withoutToken = await testApp.raw.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(withoutToken.json()).toMatchObject({ code: 'csrf_token_invalid' });
    const withToken = await testApp.raw.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, [csrfToken.name]: login.json().csrfToken },
    });
    expect(withToken.statusCode).toBe(204);
  });

  it('serves a browsable reference at /api/docs', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toMatch(/swagger/i);
  });

  it('reports health with the database backend', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: testApp.database.backend, version: 'test' });
  });
});
