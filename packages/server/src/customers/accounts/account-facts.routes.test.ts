import type {
  Account,
  AccountFactEntryRecord,
  AccountFactsAsOf,
  AuditEvent,
  HouseholdPerson,
  Party,
  Tenant,
} from '@utilis/contracts';
import { accountFactsOn } from '@utilis/domain';
import fc from 'fast-check';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/index.ts';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';
import { selectAccountFacts, toAccountFactEntry } from './account-fact.sql.ts';
import { accountFactsAsOf } from './account-facts-as-of.ts';

// An account's billing inputs are an append-only log: setting a list records the differences as
// new dated entries, with who and why; nothing is edited, so the facts a bill ran on, on a day as
// known at an instant, can always be read again.
describe('account facts: an append-only log behind the dated lists', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let party: Party;
  let clock = Temporal.Instant.from('2026-03-01T09:00:00Z');
  const later = (minutes: number) => {
    clock = clock.add({ minutes });
    return clock;
  };
  const inject = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    testApp.app.inject({ method, url: `/api/v1/tenants/${tenant.id}${url}`, ...(payload ? { payload } : {}) });
  const opened = async () => {
    const response = await inject('POST', '/accounts', { partyId: party.id, openedOn: '2020-01-01' });
    expect(response.statusCode).toBe(201);
    return response.json<Account>();
  };
  const history = async (accountId: string, query = '') =>
    (await inject('GET', `/accounts/${accountId}/facts${query}`)).json<{ items: AccountFactEntryRecord[] }>().items;
  const asOf = async (accountId: string, date: string, knownAt?: Temporal.Instant) =>
    (
      await inject('GET', `/accounts/${accountId}/facts/as-of?date=${date}${knownAt ? `&knownAt=${knownAt}` : ''}`)
    ).json<AccountFactsAsOf>();

  beforeAll(async () => {
    testApp = await openTestApp({ now: () => clock });
    tenant = await createTestTenant(testApp.app);
    party = (await inject('POST', '/parties', { kind: 'person', givenName: 'Keza', familyName: 'Uwase' })).json();
  });
  afterAll(() => testApp.close());

  it('records a change of the household as new entries with who and why, and keeps the old ones', async () => {
    const account = await opened();
    const url = `/accounts/${account.id}/household-persons`;
    const first = await inject('PUT', url, {
      items: [
        { name: 'Amani Uwase', startOn: '2024-01-01' },
        { name: 'Keza Uwase', startOn: '2024-01-01' },
      ],
      reason: 'Registry extract 2026-114',
    });
    expect(first.statusCode).toBe(200);
    const [amani, keza] = first.json<{ items: HouseholdPerson[] }>().items as [HouseholdPerson, HouseholdPerson];
    const firstRecorded = clock;

    later(5);
    const moved = await inject('PUT', url, {
      items: [
        { id: amani.id, name: 'Amani Uwase', startOn: '2024-01-01' },
        { id: keza.id, name: 'Keza Uwase', startOn: '2024-01-01', endOn: '2025-08-31' },
      ],
      reason: 'Moved out, says the landlord',
    });
    expect(moved.json().items).toEqual([
      amani,
      { ...keza, endOn: '2025-08-31', updatedAt: clock.toString({ smallestUnit: 'millisecond' }) },
    ]);
    expect((await inject('GET', url)).json()).toEqual(moved.json());

    const entries = await history(account.id);
    expect(entries.map((entry) => [entry.subjectId, entry.value, entry.startOn, entry.endOn, entry.reason])).toEqual([
      [keza.id, { name: 'Keza Uwase' }, '2024-01-01', '2025-08-31', 'Moved out, says the landlord'],
      [keza.id, null, '2025-09-01', null, 'Moved out, says the landlord'],
      [keza.id, { name: 'Keza Uwase' }, '2024-01-01', null, 'Registry extract 2026-114'],
      [amani.id, { name: 'Amani Uwase' }, '2024-01-01', null, 'Registry extract 2026-114'],
    ]);
    expect(entries[0]?.recordedBy).toMatchObject({ kind: 'user', label: expect.stringContaining('administrator') });
    expect(entries.at(-1)?.recordedAt).toBe(firstRecorded.toString({ smallestUnit: 'millisecond' }));

    // As of a day after she left: one person now; two as the log stood before the correction.
    expect(await asOf(account.id, '2026-01-15')).toMatchObject({ persons: 1, householdPersons: [{ id: amani.id }] });
    expect((await asOf(account.id, '2026-01-15', firstRecorded)).persons).toBe(2);
    expect((await asOf(account.id, '2025-08-31')).persons).toBe(2);
    expect((await asOf(account.id, '2023-12-31')).persons).toBe(0);
  });

  it('sends the list back unchanged without recording anything', async () => {
    const account = await opened();
    const url = `/accounts/${account.id}/benefits`;
    const set = (await inject('PUT', url, { items: [{ code: 'veteran', startOn: '2026-01-01' }] })).json();
    const items = set.items.map(({ id, code, startOn }: { id: string; code: string; startOn: string }) => ({
      id,
      code,
      startOn,
    }));
    const again = await inject('PUT', url, { items });
    expect(again.json()).toEqual(set);
    expect(await history(account.id)).toHaveLength(1);
  });

  it('records area and dwellings from a day on, a correction superseding the days it names', async () => {
    const account = await opened();
    const facts = `/accounts/${account.id}/facts`;
    const area = await inject('POST', facts, { kind: 'area_m2', areaM2: '54.35', startOn: '2020-01-01' });
    expect(area.statusCode).toBe(201);
    expect(area.json()).toMatchObject({
      kind: 'area_m2',
      subjectId: account.id,
      value: { areaM2: '54.35' },
      endOn: null,
    });
    const measured = clock;
    later(1);
    await inject('POST', facts, { kind: 'area_m2', areaM2: '60', startOn: '2023-03-01', reason: 'Surveyed' });
    await inject('POST', facts, {
      kind: 'dwelling_units',
      dwellingUnits: 2,
      startOn: '2022-01-01',
      endOn: '2022-12-31',
    });
    expect(await asOf(account.id, '2023-02-28')).toMatchObject({ areaM2: '54.35', dwellingUnits: null });
    expect(await asOf(account.id, '2023-03-01')).toMatchObject({ areaM2: '60' });
    expect(await asOf(account.id, '2023-03-01', measured)).toMatchObject({ areaM2: '54.35' });
    expect(await asOf(account.id, '2022-06-30')).toMatchObject({ areaM2: '54.35', dwellingUnits: 2 });
    expect((await history(account.id, '?kind=dwelling_units')).map((entry) => entry.value)).toEqual([
      { dwellingUnits: 2 },
    ]);
    const backwards = await inject('POST', facts, {
      kind: 'area_m2',
      areaM2: '1',
      startOn: '2024-02-01',
      endOn: '2024-01-01',
    });
    expect(backwards.statusCode).toBe(400);
  });

  it('keeps the list before and after in the audit trail', async () => {
    const account = await opened();
    const url = `/accounts/${account.id}/protections`;
    const before = (
      await inject('PUT', url, { items: [{ status: 'vulnerable', reason: 'Dialysis', startOn: '2025-01-01' }] })
    ).json();
    const after = (await inject('PUT', url, { items: [] })).json();
    const events = (
      await testApp.app.inject({
        method: 'GET',
        url: `/api/v1/tenants/${tenant.id}/audit-events`,
        query: { entityId: account.id, action: 'account.protections.replace' },
      })
    ).json<{ items: AuditEvent[] }>().items;
    expect(events[0]).toMatchObject({ entityType: 'account', before, after });
  });

  it('pages the history, latest first', async () => {
    const account = await opened();
    for (const code of ['a1', 'a2', 'a3']) {
      await inject('PUT', `/accounts/${account.id}/benefits`, { items: [{ code, startOn: '2026-01-01' }] });
    }
    const all = await history(account.id);
    const paged: AccountFactEntryRecord[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: AccountFactEntryRecord[]; nextCursor: string | null } = (
        await inject('GET', `/accounts/${account.id}/facts?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json<{ items: AccountFactEntryRecord[]; nextCursor: string | null }>();
      paged.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(paged).toEqual(all);
    expect(all).toHaveLength(5);
  });

  it("hides another tenant's account and refuses the application any update or delete of the log", async () => {
    const account = await opened();
    await inject('PUT', `/accounts/${account.id}/household-persons`, { items: [{ name: 'A', startOn: '2024-01-01' }] });
    const other = await createTestTenant(testApp.app);
    const elsewhere = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${other.id}/accounts/${account.id}/facts`,
    });
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([404, 'account_not_found']);

    const { db } = testApp.database;
    const update = withTenant(db, tenant.id, (trx) => sql`update account_fact set reason = 'edited'`.execute(trx));
    await expect(update).rejects.toThrow(/permission denied/);
    const remove = withTenant(db, tenant.id, (trx) => sql`delete from account_fact`.execute(trx));
    await expect(remove).rejects.toThrow(/permission denied/);
  });

  it('answers "as of a day, as known at an instant" in one query exactly as the domain folds the log', async () => {
    const names = ['Anna', 'Boris', 'Chen'];
    const day = (offset: number) => Temporal.PlainDate.from('2024-01-01').add({ days: offset }).toString();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(
            fc.record({
              keep: fc.boolean(),
              name: fc.constantFrom(...names),
              first: fc.nat(30),
              length: fc.option(fc.nat(20), { nil: null }),
            }),
            {
              maxLength: 3,
            },
          ),
          { minLength: 1, maxLength: 4 },
        ),
        async (changes) => {
          const account = await opened();
          const url = `/accounts/${account.id}/household-persons`;
          const instants: Temporal.Instant[] = [];
          for (const rows of changes) {
            const current = (await inject('GET', url)).json<{ items: HouseholdPerson[] }>().items;
            const items = rows.map((row, index) => ({
              ...(row.keep && current[index] ? { id: current[index].id } : {}),
              name: row.name,
              startOn: day(row.first),
              ...(row.length === null ? {} : { endOn: day(row.first + row.length) }),
            }));
            await inject('PUT', url, { items });
            instants.push(later(1));
          }
          const ref = { tenantId: tenant.id, accountId: account.id };
          await withTenant(testApp.database.db, tenant.id, async (trx) => {
            const entries = (await selectAccountFacts(trx, ref)).map(toAccountFactEntry);
            for (const knownAt of [undefined, ...instants]) {
              for (const offset of [0, 10, 25, 40, 60]) {
                const on = { date: day(offset), knownAt: knownAt?.toString() };
                const queried = await accountFactsAsOf(trx, {
                  ...ref,
                  date: on.date,
                  knownAt: knownAt && new Date(knownAt.epochMilliseconds),
                });
                expect(queried).toEqual(accountFactsOn(entries, on));
              }
            }
          });
        },
      ),
      { numRuns: 6 },
    );
  });
});
