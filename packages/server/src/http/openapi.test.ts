import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../testing/test-app.ts';

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
