import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../testing/test-app.ts';

describe('web app hosting', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'utilis-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Utilis</title><div id="root"></div>');
    writeFileSync(join(webRoot, 'app.js'), 'console.log(1)');
    testApp = await openTestApp({ webRoot });
  });
  afterAll(() => testApp.close());

  it('serves index.html at / and its assets', async () => {
    const index = await testApp.app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>Utilis</title>');
    const asset = await testApp.app.inject({ method: 'GET', url: '/app.js' });
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('answers a client-side route with index.html', async () => {
    const page = await testApp.app.inject({ method: 'GET', url: '/parties' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
  });

  it('answers a missing file with 404 rather than the page', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/assets/old-build.js' });
    expect(response.statusCode).toBe(404);
  });

  it('still answers unknown API paths with a problem', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v2/parties' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('route_not_found');
  });
});
