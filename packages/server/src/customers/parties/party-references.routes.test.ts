import type { Party, Tenant } from '@utilis/contracts';
import { fail, formatAccountNumber, matchesAccountNumberPattern, parseAccountNumberPattern } from '@utilis/domain';
import { type Kysely, sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand, runCommand, systemOrigin } from '../../commands/index.ts';
import { withTenant } from '../../db/index.ts';
import { up as numberStoredParties } from '../../db/migrations/2026-12-05-0016-party-references.ts';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';
import { createParty } from './create-party.ts';

// Every party has a customer number, so an export names each party and a re-import finds it again:
// one given is kept, otherwise the tenant's counter gives the next one, without gaps.
describe('customer numbers', () => {
  let testApp: TestApp;
  const create = async (tenant: Tenant, payload: Record<string, unknown> = {}) => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/parties`,
      payload: payload.kind === 'person' ? payload : { kind: 'organisation', organisationName: 'Régie', ...payload },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Party>();
  };
  const numbers = (pattern: string, values: readonly number[]) => {
    const parsed = parseAccountNumberPattern(pattern);
    if (!parsed.ok) throw new Error(parsed.detail);
    return values.map((value) => {
      const number = formatAccountNumber(parsed.value, BigInt(value));
      if (!number.ok) throw new Error(number.code);
      return number.value;
    });
  };

  beforeAll(async () => {
    testApp = await openTestApp();
  });
  afterAll(() => testApp.close());

  it('gives a party created without a reference the next number of the built-in pattern', async () => {
    const tenant = await createTestTenant(testApp.app);
    const first = await create(tenant);
    const second = await create(tenant, { kind: 'person', givenName: 'Ana', familyName: 'Silva' });
    expect([first.reference, second.reference]).toEqual(['C000000018', 'C000000026']);
    const fetched = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/parties/${first.id}`,
    });
    expect(fetched.json()).toMatchObject({ reference: 'C000000018' });
  });

  it("follows the tenant's own pattern, and keeps a reference given", async () => {
    const tenant = await createTestTenant(testApp.app, { partyReferencePattern: 'K-{seq:6}{check}' });
    const given = await create(tenant, { reference: 'LEGACY-17' });
    const generated = await create(tenant);
    expect(given.reference).toBe('LEGACY-17');
    const pattern = parseAccountNumberPattern('K-{seq:6}{check}');
    if (!pattern.ok) throw new Error(pattern.detail);
    expect(matchesAccountNumberPattern(pattern.value, generated.reference ?? '')).toBe(true);
    expect(generated.reference).toBe(numbers('K-{seq:6}{check}', [1])[0]);
  });

  it('skips a number someone already typed in by hand', async () => {
    const tenant = await createTestTenant(testApp.app);
    const [, second, third] = numbers('C{seq:8}{check}', [1, 2, 3]);
    await create(tenant, { reference: second });
    const generated = [await create(tenant), await create(tenant)];
    expect(generated.map((party) => party.reference)).toEqual([numbers('C{seq:8}{check}', [1])[0], third]);
  });

  it('numbers simultaneous creations without a gap, a rolled-back creation giving its number back', async () => {
    const tenant = await createTestTenant(testApp.app, { partyReferencePattern: 'P{seq:4}' });
    const deps = { db: testApp.database.db, now: () => Temporal.Now.instant(), newId: uuidv7 };
    const scope = { tenant, origin: systemOrigin('test customer numbers') };
    // Creates the party, then is refused: everything it wrote, its number taken included, rolls back.
    const refusedAfterNumbering = defineCommand({
      ...createParty,
      execute: async (context, input: Parameters<typeof createParty.execute>[1]) => {
        const created = await createParty.execute(context, input);
        return created.ok ? fail('party_reference_taken', 'refused on purpose') : created;
      },
    });
    const input = (index: number) => ({ kind: 'organisation' as const, organisationName: `Simultaneous ${index}` });
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        runCommand(deps, scope, index % 4 === 3 ? refusedAfterNumbering : createParty, input(index)),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.ok === false)).toHaveLength(3);
    const { rows } = await withTenant(testApp.database.db, tenant.id, (trx) =>
      sql<{ reference: string }>`select reference from party where tenant_id = ${tenant.id} order by reference`.execute(
        trx,
      ),
    );
    expect(rows.map((row) => row.reference)).toEqual(numbers('P{seq:4}', [1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect((await create(tenant)).reference).toBe('P0010');
  });

  it('numbers the parties stored without one (migration 0016), oldest first, past the counter', async () => {
    const tenant = await createTestTenant(testApp.app);
    await create(tenant);
    const typedIn = numbers('C{seq:8}{check}', [3])[0];
    // Bound to this tenant (row-level security), so the backfill leaves the other suites' parties alone.
    await withTenant(testApp.database.db, tenant.id, async (trx) => {
      const insert = (name: string, createdAt: string, reference: string | null) =>
        sql`insert into party (tenant_id, id, kind, reference, display_name, organisation_name, created_at, updated_at)
          values (${tenant.id}, ${uuidv7()}, 'organisation', ${reference}, ${name}, ${name}, ${createdAt}, ${createdAt})`.execute(
          trx,
        );
      await insert('Newer', '2020-02-01T00:00:00Z', null);
      await insert('Older', '2020-01-01T00:00:00Z', null);
      await insert('Typed in', '2020-01-15T00:00:00Z', typedIn ?? null);
      await insert('Newest', '2020-03-01T00:00:00Z', null);
      await numberStoredParties(trx as unknown as Kysely<unknown>);
    });
    const page = (
      await testApp.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/parties?limit=10` })
    ).json<{ items: Party[] }>();
    const referenceOf = new Map(page.items.map((party) => [party.displayName, party.reference]));
    const [, second, third, fourth, fifth] = numbers('C{seq:8}{check}', [1, 2, 3, 4, 5]);
    expect(Object.fromEntries(referenceOf)).toMatchObject({
      Older: second,
      'Typed in': third,
      Newer: fourth,
      Newest: fifth,
    });
    expect(page.items.every((party) => party.reference !== null)).toBe(true);
    expect((await create(tenant)).reference).toBe(numbers('C{seq:8}{check}', [6])[0]);
  });
});
