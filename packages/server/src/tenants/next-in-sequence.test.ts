import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../db/index.ts';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';
import { nextInSequence } from './next-in-sequence.ts';

describe('nextInSequence', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp();
  });
  afterAll(() => testApp.close());

  it('counts from 1 per tenant and per name', async () => {
    const { db } = testApp.database;
    const [a, b] = [await createTestTenant(testApp.app), await createTestTenant(testApp.app)];
    const next = (tenantId: string, name: string) =>
      withTenant(db, tenantId, (trx) => nextInSequence(trx, tenantId, name));
    expect([
      await next(a.id, 'bills'),
      await next(a.id, 'bills'),
      await next(b.id, 'bills'),
      await next(a.id, 'notes'),
    ]).toEqual([1n, 2n, 1n, 1n]);
  });

  it('gives a number back when the transaction that took it rolls back, leaving no gap', async () => {
    const { db } = testApp.database;
    const tenant = await createTestTenant(testApp.app);
    const take = () => withTenant(db, tenant.id, (trx) => nextInSequence(trx, tenant.id, 'series'));
    expect(await take()).toBe(1n);
    const crashed = withTenant(db, tenant.id, async (trx) => {
      await nextInSequence(trx, tenant.id, 'series');
      throw new Error('crash mid-run');
    });
    await expect(crashed).rejects.toThrow('crash mid-run');
    expect(await take()).toBe(2n);
  });
});
