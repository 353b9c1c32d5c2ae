import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatPlan } from '../testing/price-plans.ts';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';
import { withTenant } from './with-tenant.ts';

// Row-level security is the last line: even a query that forgets its tenant filter sees only
// the rows of the tenant its transaction is bound to.
describe('row-level security', () => {
  let testApp: TestApp;
  let tenantA: string;
  let tenantB: string;
  let pricePlanOfB: string;

  beforeAll(async () => {
    testApp = await openTestApp();
    const { app } = testApp;
    tenantA = (await createTestTenant(app)).id;
    tenantB = (await createTestTenant(app)).id;
    for (const [tenantId, familyName] of [
      [tenantA, 'Alpha'],
      [tenantB, 'Bravo'],
    ] as const) {
      const party = await app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenantId}/parties`,
        payload: { kind: 'person', givenName: 'Test', familyName },
      });
      await app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenantId}/accounts`,
        payload: { partyId: party.json().id },
      });
      const plan = await app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenantId}/price-plans`,
        payload: flatPlan(`plan_${familyName.toLowerCase()}`, 'EUR'),
      });
      if (plan.statusCode !== 201) throw new Error(`Price plan not created: ${plan.body}`);
      pricePlanOfB = plan.json().id;
    }
  });
  afterAll(() => testApp.close());

  it.each(['party', 'account', 'tenant_sequence', 'price_plan', 'price_plan_version'])(
    'shows tenant A none of tenant B %s rows, unfiltered',
    async (table) => {
      const { db } = testApp.database;
      const rows = await withTenant(db, tenantA, (trx) =>
        sql<{ tenantId: string }>`select tenant_id from ${sql.table(table)}`.execute(trx),
      );
      expect(rows.rows.length).toBeGreaterThan(0);
      expect(rows.rows.every((row) => row.tenantId === tenantA)).toBe(true);
    },
  );

  it('shows no tenant rows outside a tenant transaction', async () => {
    const rows = await sql`select * from party`.execute(testApp.database.db);
    expect(rows.rows).toEqual([]);
  });

  it("refuses to write a row into another tenant's space", async () => {
    const insert = withTenant(testApp.database.db, tenantA, (trx) =>
      trx
        .insertInto('party')
        .values({
          tenantId: tenantB,
          id: crypto.randomUUID(),
          kind: 'organisation',
          displayName: 'Intruder',
          organisationName: 'Intruder',
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .execute(),
    );
    await expect(insert).rejects.toThrow(/row-level security/);
  });

  it('runs the application as a role that cannot bypass row-level security', async () => {
    const result = await sql<{ isSuperuser: string; bypassesRls: boolean }>`
      select current_setting('is_superuser') as is_superuser, rolbypassrls as bypasses_rls
      from pg_roles where rolname = current_user`.execute(testApp.database.db);
    expect(result.rows[0]).toEqual({ isSuperuser: 'off', bypassesRls: false });
  });

  it("finds no price plan of tenant B by its id from tenant A's transaction", async () => {
    const rows = await withTenant(testApp.database.db, tenantA, (trx) =>
      trx.selectFrom('pricePlan').select('id').where('id', '=', pricePlanOfB).execute(),
    );
    expect(rows).toEqual([]);
  });

  it('cannot change a stored price plan version: a price change is a new version', async () => {
    const change = withTenant(testApp.database.db, tenantA, (trx) =>
      sql`update price_plan_version set effective_from = '2000-01-01'`.execute(trx),
    );
    await expect(change).rejects.toThrow(/permission denied/);
  });

  it('cannot delete rows: nothing is erased, mistakes are corrected by new entries', async () => {
    const remove = withTenant(testApp.database.db, tenantA, (trx) => trx.deleteFrom('party').execute());
    await expect(remove).rejects.toThrow(/permission denied/);
  });
});
