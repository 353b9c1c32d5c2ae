import type { Tenant } from '@utilis/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../db/index.ts';
import { allTenantIds } from '../tenants/index.ts';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';
import type { AuditEventRow } from './audit.tables.ts';
import { hashOfAuditEvent } from './audit-event-hash.ts';
import { deploymentChain } from './deployment-chain.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

// Tampering happens as the database owner, the only one able to change audit rows; each test
// puts the rows back, so the shared PostgreSQL test database keeps verifying.
describe('audit chain verification', () => {
  let testApp: TestApp;
  let tenant: Tenant;

  const asOwner: TestApp['database']['asOwner'] = (work) => testApp.database.asOwner(work);
  const eventAt = (sequence: bigint) =>
    asOwner((owner) =>
      withTenant(owner, tenant.id, (trx) =>
        trx
          .selectFrom('auditEvent')
          .selectAll()
          .where('tenantId', '=', tenant.id)
          .where('sequence', '=', sequence)
          .executeTakeFirstOrThrow(),
      ),
    );
  const putBack = (event: AuditEventRow) =>
    asOwner((owner) =>
      withTenant(owner, tenant.id, async (trx) => {
        await trx
          .deleteFrom('auditEvent')
          .where('tenantId', '=', tenant.id)
          .where('sequence', '=', event.sequence)
          .execute();
        await trx
          .insertInto('auditEvent')
          .values({ ...event, before: JSON.stringify(event.before), after: JSON.stringify(event.after) })
          .execute();
      }),
    );
  const verifyTenant = () => verifyAuditChain(testApp.database.db, { tenantId: tenant.id });

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app);
    for (const familyName of ['Un', 'Deux', 'Trois']) {
      const created = await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenant.id}/parties`,
        payload: { kind: 'person', givenName: 'Léa', familyName },
      });
      expect(created.statusCode).toBe(201);
    }
  });
  afterAll(() => testApp.close());

  it('verifies an untouched chain, as the application role and as the owner', async () => {
    expect(await verifyTenant()).toEqual({ eventCount: 3, chainCount: 1, broken: null });
    expect(await asOwner((owner) => verifyAuditChain(owner, { tenantId: tenant.id }))).toEqual({
      eventCount: 3,
      chainCount: 1,
      broken: null,
    });
  });

  it('verifies every chain of the deployment, the deployment chain included', async () => {
    const { db } = testApp.database;
    const expectedChains = await withTenant(db, deploymentChain, allTenantIds);
    const verification = await verifyAuditChain(db, { expectedChains });
    expect(verification.broken).toBeNull();
    expect(verification.chainCount).toBeGreaterThanOrEqual(2);
    expect(verification.eventCount).toBeGreaterThanOrEqual(5);
  });

  it('lets the application role neither update nor delete an audit event', async () => {
    const { db } = testApp.database;
    await expect(
      withTenant(db, tenant.id, (trx) => sql`update audit_event set action = 'party.delete'`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withTenant(db, tenant.id, (trx) => trx.deleteFrom('auditEvent').where('tenantId', '=', tenant.id).execute()),
    ).rejects.toThrow(/permission denied/);
  });

  it('finds an event altered in the database', async () => {
    const original = await eventAt(2n);
    await asOwner((owner) =>
      withTenant(owner, tenant.id, (trx) =>
        sql`update audit_event set after = jsonb_set(after, '{familyName}', '"Mallory"')
            where tenant_id = ${tenant.id} and sequence = 2`.execute(trx),
      ),
    );
    try {
      expect(await verifyTenant()).toMatchObject({
        eventCount: 1,
        broken: { tenantId: tenant.id, sequence: 2n, problem: 'hash_mismatch' },
      });
      // Also when everything else is checked: the whole deployment stops at the same link.
      const expectedChains = await withTenant(testApp.database.db, deploymentChain, allTenantIds);
      expect((await verifyAuditChain(testApp.database.db, { expectedChains })).broken).toMatchObject({
        tenantId: tenant.id,
        sequence: 2n,
      });
    } finally {
      await putBack(original);
    }
    expect((await verifyTenant()).broken).toBeNull();
  });

  it('finds an altered event whose hash was recomputed, at the next link', async () => {
    const original = await eventAt(1n);
    const forged = { ...original, actorLabel: 'someone-else@test.utilis' };
    await putBack({ ...forged, hash: hashOfAuditEvent(forged) });
    try {
      expect((await verifyTenant()).broken).toMatchObject({ sequence: 2n, problem: 'previous_hash_mismatch' });
    } finally {
      await putBack(original);
    }
  });

  it('finds a deleted event, in the middle or at the end of the chain', async () => {
    for (const sequence of [2n, 3n]) {
      const original = await eventAt(sequence);
      await asOwner((owner) =>
        withTenant(owner, tenant.id, (trx) =>
          trx.deleteFrom('auditEvent').where('tenantId', '=', tenant.id).where('sequence', '=', sequence).execute(),
        ),
      );
      try {
        expect((await verifyTenant()).broken).toMatchObject({ sequence, problem: 'sequence_gap' });
      } finally {
        await putBack(original);
      }
    }
    expect((await verifyTenant()).broken).toBeNull();
  });
});
