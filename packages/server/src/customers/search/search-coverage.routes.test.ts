import type {
  Account,
  Meter,
  Party,
  PremiseWithServicePoints,
  SearchHit,
  ServicePoint,
  Tenant,
} from '@utilis/contracts';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, type Injector, openTestApp, type TestApp } from '../../testing/test-app.ts';

// Search beyond parties and accounts: premises by address (with the party living there), meters
// by serial, custom field values; and the order identifiers rank in.
describe('search API over premises, meters and custom fields', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let dupont: Party;
  let dupontAccount: Account;
  let home: PremiseWithServicePoints;
  let vacant: PremiseWithServicePoints;
  let meter: Meter;

  const base = () => `/api/v1/tenants/${tenant.id}`;
  const send = async <T>(url: string, payload: object, { method = 'POST', status = 201 } = {}): Promise<T> => {
    const response = await testApp.app.inject({ method: method as 'POST' | 'PUT', url: `${base()}${url}`, payload });
    if (response.statusCode !== status) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };
  const search = async (q: string, as: Injector = testApp.app) => {
    const response = await as.inject({ method: 'GET', url: `${base()}/search?${new URLSearchParams({ q })}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: SearchHit[] }>().items;
  };
  const premiseAt = (addressLine1: string, city: string, postalCode: string) =>
    send<PremiseWithServicePoints>('/premises', { addressLine1, city, postalCode, country: 'FR' });

  beforeAll(async () => {
    testApp = await openTestApp({ now: () => Temporal.Instant.from('2026-03-31T10:00:00Z') });
    tenant = await createTestTenant(testApp.app);
    dupont = await send<Party>('/parties', {
      kind: 'person',
      givenName: 'Élodie',
      familyName: 'Dupont',
      phone: '+33 6 12 34 42 42',
    });
    dupontAccount = await send<Account>('/accounts', {
      partyId: dupont.id,
      accountNumber: 'EAU-4242-17',
      openedOn: '2020-01-01',
      branchCode: 'south',
    });
    home = await premiseAt('14 rue des Glycines', 'Annecy', '74000');
    vacant = await premiseAt('16 rue des Glycines', 'Annecy', '74000');
    const servicePoint = await send<ServicePoint>(`/premises/${home.id}/service-points`, { kind: 'water' });
    await send(`/service-points/${servicePoint.id}/move-in`, { on: '2024-02-01', accountId: dupontAccount.id });
    meter = await send<Meter>('/meters', { serial: 'ZN2019-0077123', kind: 'water_cold', unit: 'm3', digits: 5 });
    await send(
      `/meters/${meter.id}/install`,
      { servicePointId: servicePoint.id, on: '2024-02-01', reading: '0' },
      { status: 200 },
    );
  });
  afterAll(() => testApp.close());

  it('finds a premise by street and house in any order, naming the party living there', async () => {
    const hits = await search('glycines 14');
    expect(hits[0]).toMatchObject({ kind: 'premise', id: home.id, partyId: dupont.id, label: '14 rue des Glycines' });
    expect(hits[0]?.detail).toContain('Annecy');
    expect(hits[0]?.detail).toContain(dupont.displayName);
  });

  it('finds a premise with no agreement too, with no party to open', async () => {
    const hits = await search('16 rue des Glyc');
    expect(hits.find((hit) => hit.id === vacant.id)).toMatchObject({ kind: 'premise', partyId: null });
    expect((await search('74000')).map((hit) => hit.id)).toEqual(expect.arrayContaining([home.id, vacant.id]));
  });

  it('finds a meter by its whole serial first, in any case, and by part of it', async () => {
    const exact = await search('zn2019-0077123');
    expect(exact[0]).toMatchObject({
      kind: 'meter',
      id: meter.id,
      partyId: dupont.id,
      label: 'ZN2019-0077123',
      score: 1,
    });
    expect(exact[0]?.detail).toContain('14 rue des Glycines');
    expect((await search('0077123')).map((hit) => hit.id)).toContain(meter.id);
  });

  it('ranks a partial account number above a phone holding the same digits', async () => {
    const hits = await search('4242');
    const kinds = hits.filter((hit) => hit.partyId === dupont.id).map((hit) => hit.kind);
    expect(kinds.slice(0, 2)).toEqual(['account', 'party']);
    const [account, party] = hits;
    expect(account?.score).toBeGreaterThan(party?.score ?? 1);
  });

  it('finds a searchable custom field value and leads to its party', async () => {
    await send('/custom-fields', {
      entity: 'account',
      key: 'contract_ref',
      label: 'Contract',
      type: 'text',
      isSearchable: true,
    });
    await send(
      `/accounts/${dupontAccount.id}/custom-fields`,
      { values: { contract_ref: 'Chalet Edelweiss' } },
      { method: 'PUT', status: 200 },
    );
    const hits = await search('edelweiss');
    expect(hits[0]).toMatchObject({
      kind: 'customField',
      id: dupontAccount.id,
      partyId: dupont.id,
      label: 'Chalet Edelweiss',
    });
  });

  it('hides the holder behind an account of another branch, not the premise', async () => {
    const cashier = await testApp.signedInAs('cashier', { scope: 'branch', tenantId: tenant.id, branchCode: 'north' });
    const hits = await search('glycines 14', cashier);
    expect(hits[0]).toMatchObject({ kind: 'premise', id: home.id, partyId: null });
    expect(hits[0]?.detail).not.toContain(dupont.displayName);
    expect((await search('ZN2019-0077123', cashier))[0]).toMatchObject({ kind: 'meter', partyId: null });
  });

  it('finds a name by a misspelt surname through the dictionary of name words', async () => {
    const hits = await search('Dupnt Élodie');
    expect(hits.find((hit) => hit.kind === 'party')).toMatchObject({ id: dupont.id });
  });
});
