import type { Account, Party, PartyOverview, PremiseWithServicePoints, ServicePoint, Tenant } from '@utilis/contracts';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/index.ts';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';

// The customer 360 view: one call gives a customer's accounts, where they are served, what hangs
// there, and the story of it all, newest first, cut to what the caller may see.
describe('customer overview API', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let party: Party;
  let north: Account;
  let south: Account;
  let stranger: Account;
  let flat: PremiseWithServicePoints;
  let shop: PremiseWithServicePoints;
  let flatWater: ServicePoint;
  let flatPower: ServicePoint;
  let shopWater: ServicePoint;
  const meterIds = { old: '', exchanged: '', nextOccupant: '' };
  const base = () => `/api/v1/tenants/${tenant.id}`;
  const post = async <T>(url: string, payload: object, method: 'POST' | 'PATCH' = 'POST'): Promise<T> => {
    const response = await testApp.app.inject({ method, url: `${base()}${url}`, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };
  const overviewUrl = (partyId: string) => `${base()}/parties/${partyId}/overview`;

  // No meter API in this context: meters are hung directly, as the metering context records them.
  const hangMeter = async (servicePointId: string, serial: string, installedOn: string, removedOn: string | null) => {
    const meterId = uuidv7();
    await withTenant(testApp.database.db, tenant.id, async (trx) => {
      await sql`insert into meter (tenant_id, id, serial, kind, unit, digits, status)
        values (${tenant.id}, ${meterId}, ${serial}, 'water_cold', 'm3', 5, ${removedOn ? 'removed' : 'installed'})`.execute(
        trx,
      );
      await sql`insert into meter_installation
          (tenant_id, id, meter_id, service_point_id, installed_on, removed_on, install_reading, removal_reading)
        values (${tenant.id}, ${uuidv7()}, ${meterId}, ${servicePointId}, ${installedOn}, ${removedOn},
          '0.000', ${removedOn ? '1234.567' : null})`.execute(trx);
    });
    return meterId;
  };

  beforeAll(async () => {
    // 22:30 UTC on 31 March is already 1 April in Paris: the final bill is requested on the 1st.
    testApp = await openTestApp({ now: () => Temporal.Instant.from('2026-03-31T22:30:00Z') });
    tenant = await createTestTenant(testApp.app);
    party = await post<Party>('/parties', { kind: 'person', givenName: 'Louise', familyName: 'Fontaine' });
    await post(`/parties/${party.id}`, { phone: '+33 4 50 00 00 00' }, 'PATCH');
    north = await post<Account>('/accounts', { partyId: party.id, branchCode: 'north', openedOn: '2024-01-01' });
    south = await post<Account>('/accounts', { partyId: party.id, branchCode: 'south', openedOn: '2024-01-01' });
    const neighbour = await post<Party>('/parties', { kind: 'person', givenName: 'Marc', familyName: 'Voisin' });
    stranger = await post<Account>('/accounts', { partyId: neighbour.id, openedOn: '2024-01-01' });

    flat = await post<PremiseWithServicePoints>('/premises', {
      reference: 'OV-FLAT',
      addressLine1: '4 rue du Pont',
      city: 'Annecy',
      country: 'FR',
    });
    flatWater = await post<ServicePoint>(`/premises/${flat.id}/service-points`, { kind: 'water' });
    flatPower = await post<ServicePoint>(`/premises/${flat.id}/service-points`, { kind: 'electricity' });
    shop = await post<PremiseWithServicePoints>('/premises', {
      addressLine1: '1 quai Vert',
      city: 'Annecy',
      country: 'FR',
    });
    shopWater = await post<ServicePoint>(`/premises/${shop.id}/service-points`, { kind: 'water' });

    meterIds.old = await hangMeter(flatWater.id, 'OV-OLD', '2023-01-01', '2024-05-10');
    meterIds.exchanged = await hangMeter(flatWater.id, 'OV-NEW', '2024-05-10', '2024-08-01');
    meterIds.nextOccupant = await hangMeter(flatWater.id, 'OV-NEXT', '2024-08-01', null);

    await post(`/service-points/${flatWater.id}/move-in`, {
      on: '2024-02-01',
      accountId: north.id,
      readings: [{ register: 'main', value: '10' }],
    });
    await post(`/service-points/${flatWater.id}/transfer`, { on: '2024-06-30', accountId: stranger.id });
    await post(`/accounts/${north.id}`, { closedOn: '2024-07-31' }, 'PATCH');
    // The neighbour's own move at the shop never shows in Louise's story.
    await post(`/service-points/${shopWater.id}/move-in`, { on: '2024-03-01', accountId: stranger.id });
    await post(`/service-points/${shopWater.id}/transfer`, { on: '2024-12-31', accountId: south.id });
  });
  afterAll(() => testApp.close());

  it('gives the party, its accounts, the premises and service points of its agreements, and its agreements', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: overviewUrl(party.id) });
    expect(response.statusCode).toBe(200);
    const overview = response.json<PartyOverview>();
    expect(overview.party).toMatchObject({ id: party.id, displayName: 'Louise Fontaine', phone: '+33 4 50 00 00 00' });
    expect(overview.accounts.map((account) => account.id).sort()).toEqual([north.id, south.id].sort());
    expect(overview.accounts.find((account) => account.id === north.id)).toMatchObject({ status: 'closed' });

    // The electricity point at the flat is no agreement of hers: it is left out.
    const premises = new Map(overview.premises.map((premise) => [premise.id, premise]));
    expect([...premises.keys()].sort()).toEqual([flat.id, shop.id].sort());
    expect(premises.get(flat.id)).toMatchObject({ reference: 'OV-FLAT' });
    expect(premises.get(flat.id)?.servicePoints.map((point) => point.id)).toEqual([flatWater.id]);
    expect(premises.get(shop.id)?.servicePoints.map((point) => point.id)).toEqual([shopWater.id]);
    expect(JSON.stringify(overview)).not.toContain(flatPower.id);

    // The running agreement first, then the ended one; the neighbour's agreements are not hers.
    expect(overview.agreements.map((each) => [each.accountId, each.servicePointId, each.startOn, each.endOn])).toEqual([
      [south.id, shopWater.id, '2025-01-01', null],
      [north.id, flatWater.id, '2024-02-01', '2024-06-30'],
    ]);
    expect(overview.agreements[1]?.finalBillRequestedOn).toBe('2026-04-01');
  });

  it('lists the meters that hung at her service points while she was served there, and no balances yet', async () => {
    const overview = (await testApp.app.inject({ method: 'GET', url: overviewUrl(party.id) })).json<PartyOverview>();
    expect(overview.meters.map((meter) => [meter.serial, meter.installedOn, meter.removedOn])).toEqual([
      ['OV-OLD', '2023-01-01', '2024-05-10'],
      ['OV-NEW', '2024-05-10', '2024-08-01'],
    ]);
    expect(overview.meters[0]).toMatchObject({
      meterId: meterIds.old,
      servicePointId: flatWater.id,
      kind: 'water_cold',
      unit: 'm3',
      installReading: '0.000',
      removalReading: '1234.567',
    });
    expect(overview.balances).toEqual([]);
  });

  it('tells her story newest first, from account opening to closure, with what each event concerns', async () => {
    const overview = (await testApp.app.inject({ method: 'GET', url: overviewUrl(party.id) })).json<PartyOverview>();
    const story = overview.timeline.map((event) => [event.on, event.kind, event.accountId]);
    expect(story).toEqual([
      ['2026-04-01', 'final_bill_requested', north.id],
      ['2026-04-01', 'party_changed', null],
      ['2026-04-01', 'party_created', null],
      // A transfer is dated by the leaving account's last day, whichever side of it she is.
      ['2024-12-31', 'transfer', south.id],
      ['2024-07-31', 'account_closed', north.id],
      ['2024-06-30', 'transfer', north.id],
      ['2024-05-10', 'meter_exchanged', north.id],
      ['2024-02-01', 'move_in', north.id],
      ['2024-01-01', 'account_opened', expect.any(String)],
      ['2024-01-01', 'account_opened', expect.any(String)],
    ]);
    const byKind = (kind: string, accountId: string | null) =>
      overview.timeline.find((event) => event.kind === kind && event.accountId === accountId);
    const northAgreement = overview.agreements[1];
    expect(byKind('move_in', north.id)).toMatchObject({
      servicePointId: flatWater.id,
      premiseId: flat.id,
      agreementId: northAgreement?.id,
      agreementChangeId: expect.any(String),
    });
    expect(byKind('meter_exchanged', north.id)).toMatchObject({
      meterId: meterIds.exchanged,
      replacedMeterId: meterIds.old,
      servicePointId: flatWater.id,
    });
    expect(byKind('party_changed', null)).toMatchObject({
      auditEventId: expect.any(String),
      actorLabel: expect.any(String),
      at: expect.any(String),
    });
    expect(
      overview.timeline
        .filter((event) => event.kind === 'account_opened')
        .map((event) => event.accountId)
        .sort(),
    ).toEqual([north.id, south.id].sort());
  });

  it("shows a branch clerk only their branch's accounts and what follows from them, and no audit trail", async () => {
    const clerk = await testApp.signedInAs('billing_clerk', {
      scope: 'branch',
      tenantId: tenant.id,
      branchCode: 'north',
    });
    const response = await clerk.inject({ method: 'GET', url: overviewUrl(party.id) });
    expect(response.statusCode).toBe(200);
    const overview = response.json<PartyOverview>();
    expect(overview.accounts.map((account) => account.id)).toEqual([north.id]);
    expect(overview.agreements.map((agreement) => agreement.accountId)).toEqual([north.id]);
    expect(overview.premises.map((premise) => premise.id)).toEqual([flat.id]);
    expect(overview.meters.map((meter) => meter.serial)).toEqual(['OV-OLD', 'OV-NEW']);
    expect(overview.timeline.every((event) => event.accountId === north.id)).toBe(true);
    expect(overview.timeline.map((event) => event.kind)).not.toContain('party_changed');
    expect(JSON.stringify(overview)).not.toContain(south.id);
    expect(JSON.stringify(overview)).not.toContain(shop.id);
  });

  it('shows the audit trail of the party to a tenant-wide auditor, and nothing to one without accounts.read', async () => {
    const auditor = await testApp.signedInAs('auditor', { scope: 'tenant', tenantId: tenant.id });
    const audited = (await auditor.inject({ method: 'GET', url: overviewUrl(party.id) })).json<PartyOverview>();
    expect(audited.timeline.filter((event) => event.kind.startsWith('party_')).map((event) => event.kind)).toEqual([
      'party_changed',
      'party_created',
    ]);
    const southClerk = await testApp.signedInAs('billing_clerk', {
      scope: 'branch',
      tenantId: tenant.id,
      branchCode: 'east',
    });
    const none = (await southClerk.inject({ method: 'GET', url: overviewUrl(party.id) })).json<PartyOverview>();
    expect(none).toMatchObject({ accounts: [], premises: [], agreements: [], meters: [], timeline: [] });
    expect(none.party.id).toBe(party.id);
  });

  it("answers party_not_found for an unknown party or another tenant's", async () => {
    const unknown = await testApp.app.inject({
      method: 'GET',
      url: overviewUrl('01900000-0000-7000-8000-000000000000'),
    });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'party_not_found']);
    const other = await createTestTenant(testApp.app);
    const foreign = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${other.id}/parties/${party.id}/overview`,
    });
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'party_not_found']);
  });
});
