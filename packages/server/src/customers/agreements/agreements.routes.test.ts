import type {
  Account,
  AgreementChange,
  Party,
  PremiseWithServicePoints,
  PricePlanRecord,
  ServicePoint,
  ServicePointWithAgreements,
  Tenant,
} from '@utilis/contracts';
import {
  type AgreementOperation,
  type AgreementSpan,
  applyAgreementChange,
  decideAgreementChange,
} from '@utilis/domain';
import fc from 'fast-check';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/index.ts';
import { flatPlan } from '../../testing/price-plans.ts';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';

// Premises, service points and the agreements that move customers in and out of them, through
// the API: a service point's agreements never share a day, and a transfer leaves no gap.
describe('premises and agreements API', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let accounts: Account[];
  const base = () => `/api/v1/tenants/${tenant.id}`;
  const post = async <T>(url: string, payload: object, status = 201): Promise<T> => {
    const response = await testApp.app.inject({ method: 'POST', url: `${base()}${url}`, payload });
    if (response.statusCode !== status) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };
  const get = async <T>(url: string): Promise<T> =>
    (await testApp.app.inject({ method: 'GET', url: `${base()}${url}` })).json<T>();
  const freshServicePoint = async () => {
    const premise = await post<PremiseWithServicePoints>('/premises', {
      addressLine1: '12 quai des Moulins',
      city: 'Annecy',
      country: 'FR',
    });
    return post<ServicePoint>(`/premises/${premise.id}/service-points`, { kind: 'water' });
  };
  const change = (servicePointId: string, path: 'move-in' | 'move-out' | 'transfer', payload: object) =>
    testApp.app.inject({ method: 'POST', url: `${base()}/service-points/${servicePointId}/${path}`, payload });

  beforeAll(async () => {
    testApp = await openTestApp({ now: () => Temporal.Instant.from('2026-03-31T22:30:00Z') });
    tenant = await createTestTenant(testApp.app);
    const party = await post<Party>('/parties', { kind: 'person', givenName: 'Jeanne', familyName: 'Moulin' });
    accounts = [];
    // Opened long before any move these tests make: an agreement cannot start before its account opened.
    for (let index = 0; index < 3; index++) {
      accounts.push(await post<Account>('/accounts', { partyId: party.id, openedOn: '2020-01-01' }));
    }
  });
  afterAll(() => testApp.close());

  it('records a building and its units with exact coordinates and area, and finds them by address', async () => {
    const building = await post<PremiseWithServicePoints>('/premises', {
      addressLine1: '7 rue Paul-Bert',
      city: 'Lyon',
      postalCode: '69003',
      country: 'FR',
      latitude: '45.7578137',
      longitude: '-4.832011',
      districtMeteredAreaCode: 'DMA-L3',
    });
    expect(building).toMatchObject({ latitude: '45.7578137', longitude: '-4.832011', servicePoints: [] });
    const unit = await post<PremiseWithServicePoints>('/premises', {
      parentPremiseId: building.id,
      addressLine1: '7 rue Paul-Bert',
      addressLine2: 'Apt 12',
      city: 'Lyon',
      country: 'FR',
      areaM2: '54.35',
      rooms: 3,
      occupants: 2,
    });
    expect(unit).toMatchObject({ parentPremiseId: building.id, areaM2: '54.35', rooms: 3 });
    const found = await get<{ items: PremiseWithServicePoints[] }>(`/premises?q=${encodeURIComponent('paul-bert')}`);
    expect(found.items.map((item) => item.id).sort()).toEqual([building.id, unit.id].sort());
    const units = await get<{ items: PremiseWithServicePoints[] }>(`/premises?parentPremiseId=${building.id}`);
    expect(units.items.map((item) => item.id)).toEqual([unit.id]);

    const patched = await testApp.app.inject({
      method: 'PATCH',
      url: `${base()}/premises/${unit.id}`,
      payload: { occupants: 4, areaM2: '54.350' },
    });
    expect(patched.json()).toMatchObject({ occupants: 4, areaM2: '54.350', addressLine2: 'Apt 12' });
    const loop = await testApp.app.inject({
      method: 'PATCH',
      url: `${base()}/premises/${building.id}`,
      payload: { parentPremiseId: unit.id },
    });
    expect(loop.statusCode).toBe(422);
    expect(loop.json().code).toBe('premise_cannot_contain_itself');
  });

  it('refuses a latitude beyond 90 degrees or given as a number', async () => {
    for (const latitude of ['90.5', 45.7]) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: `${base()}/premises`,
        payload: { addressLine1: 'x', city: 'y', country: 'FR', latitude },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe('body.latitude');
    }
  });

  it('keeps one service point per kind at a premise and lists them on the premise', async () => {
    const servicePoint = await freshServicePoint();
    const again = await testApp.app.inject({
      method: 'POST',
      url: `${base()}/premises/${servicePoint.premiseId}/service-points`,
      payload: { kind: 'water' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('service_point_kind_taken');
    await post(`/premises/${servicePoint.premiseId}/service-points`, { kind: 'sewage' });
    const premise = await get<PremiseWithServicePoints>(`/premises/${servicePoint.premiseId}`);
    expect(premise.servicePoints.map((point) => point.kind)).toEqual(['sewage', 'water']);
  });

  it('moves in, transfers the next day and moves out, marking each leaving account for a final bill', async () => {
    const plan = await post<PricePlanRecord>('/price-plans', flatPlan('f4_water', 'EUR'));
    const servicePoint = await freshServicePoint();
    const [first, second] = accounts as [Account, Account];
    const movedIn = await change(servicePoint.id, 'move-in', {
      on: '2024-02-01',
      accountId: first.id,
      pricePlanId: plan.id,
      provider: 'Eaux du Lac',
      readings: [{ register: 'main', value: '100.5' }],
    });
    expect(movedIn.statusCode).toBe(201);
    expect(movedIn.json<AgreementChange>()).toMatchObject({
      kind: 'move_in',
      endedAgreement: null,
      startedAgreement: { accountId: first.id, startOn: '2024-02-01', endOn: null, pricePlanId: plan.id },
      readings: [{ register: 'main', value: '100.5' }],
    });

    const early = await change(servicePoint.id, 'transfer', { on: '2024-01-31', accountId: second.id });
    expect([early.statusCode, early.json().code]).toEqual([422, 'move_out_before_move_in']);
    const overlapping = await change(servicePoint.id, 'move-in', { on: '2024-03-01', accountId: second.id });
    expect([overlapping.statusCode, overlapping.json().code]).toEqual([409, 'agreement_overlaps']);

    const transfer = (
      await change(servicePoint.id, 'transfer', {
        on: '2024-02-28',
        accountId: second.id,
        readings: [{ register: 'main', value: '131' }],
      })
    ).json<AgreementChange>();
    // 2026-03-31T22:30Z is already 1 April in Paris: the request is dated in the tenant's calendar.
    expect(transfer.endedAgreement).toMatchObject({
      accountId: first.id,
      endOn: '2024-02-28',
      finalBillRequestedOn: '2026-04-01',
    });
    expect(transfer.startedAgreement).toMatchObject({ accountId: second.id, startOn: '2024-02-29', endOn: null });

    const movedOut = (await change(servicePoint.id, 'move-out', { on: '2024-02-29' })).json<AgreementChange>();
    expect(movedOut.endedAgreement).toMatchObject({ accountId: second.id, endOn: '2024-02-29' });
    const vacant = await change(servicePoint.id, 'move-out', { on: '2024-03-05' });
    expect([vacant.statusCode, vacant.json().code]).toEqual([422, 'service_point_vacant']);

    const history = await get<ServicePointWithAgreements>(`/service-points/${servicePoint.id}`);
    expect(history.agreements.map((each) => [each.accountId, each.startOn, each.endOn])).toEqual([
      [first.id, '2024-02-01', '2024-02-28'],
      [second.id, '2024-02-29', '2024-02-29'],
    ]);
    const ofAccount = await get<{ items: unknown[] }>(`/agreements?accountId=${second.id}`);
    expect(ofAccount.items).toHaveLength(1);
  });

  it('starts no agreement on an account before the day it opened, nor on a closed account', async () => {
    const party = await post<Party>('/parties', { kind: 'person', givenName: 'Paul', familyName: 'Ouvert' });
    const opened = await post<Account>('/accounts', { partyId: party.id, openedOn: '2025-03-10' });
    const servicePoint = await freshServicePoint();
    const early = await change(servicePoint.id, 'move-in', { on: '2025-03-09', accountId: opened.id });
    expect([early.statusCode, early.json().code]).toEqual([422, 'agreement_before_account_opened']);
    const onOpening = await change(servicePoint.id, 'move-in', { on: '2025-03-10', accountId: opened.id });
    expect(onOpening.statusCode).toBe(201);

    // A transfer starts the new account the day after `on`: the day before it opened is still refused.
    const later = await post<Account>('/accounts', { partyId: party.id, openedOn: '2025-04-01' });
    const tooSoon = await change(servicePoint.id, 'transfer', { on: '2025-03-30', accountId: later.id });
    expect([tooSoon.statusCode, tooSoon.json().code]).toEqual([422, 'agreement_before_account_opened']);
    const justInTime = await change(servicePoint.id, 'transfer', { on: '2025-03-31', accountId: later.id });
    expect(justInTime.json<AgreementChange>().startedAgreement).toMatchObject({ startOn: '2025-04-01' });

    const closing = await testApp.app.inject({
      method: 'PATCH',
      url: `${base()}/accounts/${opened.id}`,
      payload: { closedOn: '2025-12-31' },
    });
    expect(closing.json()).toMatchObject({ status: 'closed' });
    const vacantPoint = await freshServicePoint();
    for (const on of ['2025-06-01', '2026-01-15']) {
      const ontoClosed = await change(vacantPoint.id, 'move-in', { on, accountId: opened.id });
      expect([ontoClosed.statusCode, ontoClosed.json().code]).toEqual([422, 'account_closed']);
    }
    const transferOntoClosed = await change(servicePoint.id, 'transfer', { on: '2025-05-01', accountId: opened.id });
    expect([transferOntoClosed.statusCode, transferOntoClosed.json().code]).toEqual([422, 'account_closed']);
    const history = await get<ServicePointWithAgreements>(`/service-points/${vacantPoint.id}`);
    expect(history.agreements).toEqual([]);
  });

  it("refuses another tenant's price plan, an unknown account and a list without a filter", async () => {
    const other = await createTestTenant(testApp.app);
    const foreignPlan = (
      await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${other.id}/price-plans`,
        payload: flatPlan('foreign', 'EUR'),
      })
    ).json<PricePlanRecord>();
    const servicePoint = await freshServicePoint();
    const [account] = accounts as [Account];
    const withForeignPlan = await change(servicePoint.id, 'move-in', {
      on: '2025-01-01',
      accountId: account.id,
      pricePlanId: foreignPlan.id,
    });
    expect([withForeignPlan.statusCode, withForeignPlan.json().code]).toEqual([404, 'price_plan_not_found']);
    const unknownAccount = await change(servicePoint.id, 'move-in', {
      on: '2025-01-01',
      accountId: '01900000-0000-7000-8000-000000000000',
    });
    expect([unknownAccount.statusCode, unknownAccount.json().code]).toEqual([404, 'account_not_found']);
    const unfiltered = await testApp.app.inject({ method: 'GET', url: `${base()}/agreements` });
    expect(unfiltered.statusCode).toBe(400);
  });

  it("moves a branch clerk's own branch accounts only", async () => {
    const party = await post<Party>('/parties', { kind: 'organisation', organisationName: 'Branch Ltd' });
    const north = await post<Account>('/accounts', { partyId: party.id, branchCode: 'north', openedOn: '2020-01-01' });
    const south = await post<Account>('/accounts', { partyId: party.id, branchCode: 'south', openedOn: '2020-01-01' });
    const clerk = await testApp.signedInAs('billing_clerk', {
      scope: 'branch',
      tenantId: tenant.id,
      branchCode: 'north',
    });
    const servicePoint = await freshServicePoint();
    const url = (path: string) => `${base()}/service-points/${servicePoint.id}/${path}`;
    const foreign = await clerk.inject({
      method: 'POST',
      url: url('move-in'),
      payload: { on: '2025-01-01', accountId: south.id },
    });
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'account_not_found']);
    await change(servicePoint.id, 'move-in', { on: '2025-01-01', accountId: south.id });
    const outOfSouth = await clerk.inject({
      method: 'POST',
      url: url('transfer'),
      payload: { on: '2025-01-31', accountId: north.id },
    });
    expect([outOfSouth.statusCode, outOfSouth.json().code]).toEqual([403, 'permission_denied']);
    const listed = await clerk.inject({ method: 'GET', url: `${base()}/agreements?servicePointId=${servicePoint.id}` });
    expect(listed.json().items).toEqual([]);
  });

  it('lets only one of several simultaneous move-ins at a vacant service point through', async () => {
    const servicePoint = await freshServicePoint();
    const responses = await Promise.all(
      accounts.map((account) => change(servicePoint.id, 'move-in', { on: '2025-06-01', accountId: account.id })),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
  });

  it('keeps agreements apart and transfers contiguous over any sequence of moves, as the domain decides', async () => {
    const day = (offset: number) => Temporal.PlainDate.from('2024-02-20').add({ days: offset }).toString();
    const accountIndex = fc.nat(2);
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('move_in' as const), account: accountIndex, on: fc.nat(40).map(day) }),
      fc.record({ kind: fc.constant('move_out' as const), on: fc.nat(40).map(day) }),
      fc.record({ kind: fc.constant('transfer' as const), account: accountIndex, on: fc.nat(40).map(day) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        const servicePoint = await freshServicePoint();
        let model: AgreementSpan[] = [];
        for (const [index, each] of operations.entries()) {
          const accountId = 'account' in each ? (accounts[each.account] as Account).id : '';
          const domainOperation: AgreementOperation =
            each.kind === 'move_out' ? each : { kind: each.kind, accountId, on: each.on };
          const expected = decideAgreementChange(model, domainOperation);
          const path = each.kind === 'move_in' ? 'move-in' : each.kind === 'move_out' ? 'move-out' : 'transfer';
          const response = await change(
            servicePoint.id,
            path,
            each.kind === 'move_out' ? { on: each.on } : { on: each.on, accountId },
          );
          if (expected.ok) {
            expect(response.statusCode).toBe(201);
            model = applyAgreementChange(model, expected.value, `m${index}`);
          } else {
            expect(response.json().code).toBe(expected.code);
          }
        }
        const history = await get<ServicePointWithAgreements>(`/service-points/${servicePoint.id}`);
        const spans = history.agreements.map((each) => [each.accountId, each.startOn, each.endOn]);
        expect(spans).toEqual(model.map((each) => [each.accountId, each.startOn, each.endOn]));
        history.agreements.forEach((each, index) => {
          const next = history.agreements[index + 1];
          if (next) expect(each.endOn !== null && each.endOn < next.startOn).toBe(true);
        });
      }),
      { numRuns: 12 },
    );
  });

  it('has PostgreSQL itself refuse overlapping agreements where btree_gist is available', async () => {
    const { db } = testApp.database;
    const guarded = await sql`select 1 from pg_constraint where conname = 'agreement_days_not_shared'`.execute(db);
    if (guarded.rows.length === 0) return; // PGlite: the application rule alone holds.
    const servicePoint = await freshServicePoint();
    const [first, second] = accounts as [Account, Account];
    await change(servicePoint.id, 'move-in', { on: '2025-01-01', accountId: first.id });
    await change(servicePoint.id, 'move-out', { on: '2025-01-31' });
    const overlapping = withTenant(db, tenant.id, (trx) =>
      trx
        .insertInto('agreement')
        .values({
          tenantId: tenant.id,
          id: '01900000-0000-7000-8000-0000000000f4',
          servicePointId: servicePoint.id,
          accountId: second.id,
          pricePlanId: null,
          provider: null,
          startOn: '2025-01-31',
          endOn: '2025-02-10',
          finalBillRequestedOn: null,
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .execute(),
    );
    await expect(overlapping).rejects.toThrow(/agreement_days_not_shared/);
  });

  it("shows a tenant none of another tenant's premises, service points or agreements", async () => {
    const { db } = testApp.database;
    for (const table of ['premise', 'service_point', 'agreement', 'agreement_change']) {
      const rows = await withTenant(db, tenant.id, (trx) =>
        sql<{ tenantId: string }>`select tenant_id from ${sql.table(table)}`.execute(trx),
      );
      expect(rows.rows.length, table).toBeGreaterThan(0);
      expect(rows.rows.every((row) => row.tenantId === tenant.id)).toBe(true);
    }
  });
});
