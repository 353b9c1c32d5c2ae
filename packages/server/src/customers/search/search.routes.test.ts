import type { Account, Party, SearchHit, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, type Injector, openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('search API', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let otherTenant: Tenant;
  let sidorov: Party;
  let ivanova: Party;
  let wang: Party;
  let acme: Party;
  let sidorovAccount: Account;

  const post = async <T>(url: string, payload: Record<string, unknown>): Promise<T> => {
    const response = await testApp.app.inject({ method: 'POST', url, payload });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json<T>();
  };
  const createParty = (into: Tenant, payload: Record<string, unknown>) =>
    post<Party>(`/api/v1/tenants/${into.id}/parties`, payload);
  const openAccount = (partyId: string, extra: Record<string, unknown> = {}) =>
    post<Account>(`/api/v1/tenants/${tenant.id}/accounts`, { partyId, ...extra });
  const search = async (q: string, { as = testApp.app, limit }: { as?: Injector; limit?: number } = {}) => {
    const query = new URLSearchParams({ q, ...(limit !== undefined && { limit: String(limit) }) });
    const response = await as.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/search?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: SearchHit[] }>().items;
  };

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app, { locale: 'ru-RU', country: 'RU', currency: 'RUB' });
    otherTenant = await createTestTenant(testApp.app);
    sidorov = await createParty(tenant, {
      kind: 'person',
      givenName: 'Иван',
      middleName: 'Петрович',
      familyName: 'Сидоров',
      email: 'ivan.sidorov@example.ru',
      phone: '+7 (495) 123-45-67',
    });
    ivanova = await createParty(tenant, {
      kind: 'person',
      givenName: 'Мария',
      familyName: 'Иванова',
      email: 'maria@example.ru',
      phone: '+7 916 000-11-22',
    });
    wang = await createParty(tenant, { kind: 'organisation', organisationName: '王小明', phone: '138 0013 8000' });
    acme = await createParty(tenant, {
      kind: 'organisation',
      organisationName: 'Acme Water Works',
      email: 'ops@acme.test',
    });
    sidorovAccount = await openAccount(sidorov.id, { accountNumber: 'LS-2024-0042' });
    await createParty(otherTenant, { kind: 'organisation', organisationName: 'Acme Water Works' });
  });
  afterAll(() => testApp.close());

  it('puts the exact account number first, as an account hit naming its holder', async () => {
    const hits = await search('ls-2024-0042');
    expect(hits[0]).toMatchObject({
      kind: 'account',
      id: sidorovAccount.id,
      partyId: sidorov.id,
      label: 'LS-2024-0042',
      detail: sidorov.displayName,
      score: 1,
    });
  });

  it('finds an account by part of its number', async () => {
    const hits = await search('2024-00');
    expect(hits.map((hit) => hit.id)).toContain(sidorovAccount.id);
    expect(hits.find((hit) => hit.id === sidorovAccount.id)?.score).toBeLessThan(1);
  });

  it('puts the exact e-mail first, in any case', async () => {
    const hits = await search('Ivan.Sidorov@Example.ru');
    expect(hits[0]).toMatchObject({ kind: 'party', id: sidorov.id, detail: 'ivan.sidorov@example.ru', score: 1 });
  });

  it('finds a party by phone digits however they are written', async () => {
    expect((await search('4951234567'))[0]).toMatchObject({ id: sidorov.id, detail: '+7 (495) 123-45-67' });
    expect((await search('45-67'))[0]?.id).toBe(sidorov.id);
    expect((await search('8000'))[0]?.id).toBe(wang.id);
  });

  it('finds Cyrillic names by surname, in any case, and despite a typo', async () => {
    expect((await search('сидоров'))[0]?.id).toBe(sidorov.id);
    expect((await search('СИДОРОВ ИВАН'))[0]?.id).toBe(sidorov.id);
    expect((await search('Сидорв')).map((hit) => hit.id)).toContain(sidorov.id);
    expect((await search('Иванова'))[0]?.id).toBe(ivanova.id);
  });

  it('finds a Chinese name by its two-character given name, shorter than a trigram', async () => {
    expect((await search('小明')).map((hit) => hit.id)).toEqual([wang.id]);
    expect((await search('王小明'))[0]).toMatchObject({ id: wang.id, label: '王小明' });
  });

  it('ranks an exact identifier above name matches and caps the list at limit', async () => {
    const hits = await search('Acme Water Works');
    expect(hits.map((hit) => hit.id)).toEqual([acme.id]);
    expect(hits[0]?.score).toBeGreaterThan(0);
    expect(hits[0]?.score).toBeLessThan(1);
    expect(await search('example', { limit: 1 })).toHaveLength(0);
    expect(await search('ов', { limit: 1 })).toHaveLength(1);
  });

  it("never finds another tenant's parties", async () => {
    const hits = await search('Acme');
    expect(hits.map((hit) => hit.id)).toEqual([acme.id]);
  });

  it("shows a branch cashier only their branch's accounts", async () => {
    const north = await openAccount(acme.id, { accountNumber: 'ACME-NORTH-1', branchCode: 'north' });
    const south = await openAccount(acme.id, { accountNumber: 'ACME-SOUTH-1', branchCode: 'south' });
    const cashier = await testApp.signedInAs('cashier', { scope: 'branch', tenantId: tenant.id, branchCode: 'north' });
    const accountIds = async (q: string) =>
      (await search(q, { as: cashier })).filter((hit) => hit.kind === 'account').map((hit) => hit.id);
    expect(await accountIds('ACME-')).toEqual([north.id]);
    expect(await accountIds('ACME-SOUTH-1')).toEqual([]);
    expect(await accountIds('LS-2024-0042')).toEqual([]);
    expect((await search('ACME-', { as: testApp.app })).map((hit) => hit.id)).toEqual(
      expect.arrayContaining([north.id, south.id]),
    );
  });

  it('refuses an empty query', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/search?q=%20` });
    expect(response.statusCode).toBe(400);
  });
});
