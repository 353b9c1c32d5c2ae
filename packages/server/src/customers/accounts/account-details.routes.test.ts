import type { Account, AccountBenefit, HouseholdPerson, Party, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('account details API: numbering pattern, billing fields, consolidated billing, dated lists', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let otherTenant: Tenant;
  let party: Party;
  const inject = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
    testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
  const accountsUrl = (of: Tenant = tenant) => `/api/v1/tenants/${of.id}/accounts`;
  const open = (payload: Record<string, unknown> = {}, of: Tenant = tenant) =>
    inject('POST', accountsUrl(of), { partyId: party.id, ...payload });
  const opened = async (payload: Record<string, unknown> = {}) => {
    const response = await open(payload);
    expect(response.statusCode).toBe(201);
    return response.json<Account>();
  };

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app, { accountNumberPattern: 'RW-{seq:6}' });
    otherTenant = await createTestTenant(testApp.app);
    party = (
      await inject('POST', `/api/v1/tenants/${tenant.id}/parties`, {
        kind: 'person',
        givenName: 'Amani',
        familyName: 'Uwase',
      })
    ).json();
  });
  afterAll(() => testApp.close());

  it("numbers accounts by the tenant's pattern and refuses a given number of another shape", async () => {
    expect(tenant.accountNumberPattern).toBe('RW-{seq:6}');
    const first = await opened();
    expect(first.accountNumber).toMatch(/^RW-\d{6}$/);
    const typed = await opened({ accountNumber: 'RW-900001' });
    expect(typed.accountNumber).toBe('RW-900001');
    const wrong = await open({ accountNumber: '000000018' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'account_number_pattern_mismatch' });
  });

  it('gives simultaneous openings different numbers', async () => {
    const responses = await Promise.all(Array.from({ length: 12 }, () => open()));
    expect(responses.map((response) => response.statusCode)).toEqual(Array(12).fill(201));
    const numbers = responses.map((response) => response.json<Account>().accountNumber);
    expect(new Set(numbers).size).toBe(12);
    for (const number of numbers) expect(number).toMatch(/^RW-\d{6}$/);
  });

  it('skips a number typed in by hand that the counter reaches later', async () => {
    const last = await opened();
    const next = `RW-${String(Number(last.accountNumber.slice(3)) + 1).padStart(6, '0')}`;
    await opened({ accountNumber: next });
    const generated = await opened();
    expect(generated.accountNumber).not.toBe(next);
    expect(generated.accountNumber > next).toBe(true);
  });

  it('refuses an unusable pattern and says when the pattern runs out of numbers', async () => {
    const bad = await inject('PATCH', `/api/v1/tenants/${otherTenant.id}`, {
      accountNumberPattern: 'RW-{seq:6}{seq:2}',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'body.accountNumberPattern' })]);

    const tiny = await createTestTenant(testApp.app, { accountNumberPattern: 'T{seq:1}' });
    const holder = (
      await inject('POST', `/api/v1/tenants/${tiny.id}/parties`, { kind: 'organisation', organisationName: 'Tiny' })
    ).json<Party>();
    for (let index = 1; index <= 9; index++) expect((await open({ partyId: holder.id }, tiny)).statusCode).toBe(201);
    const tenth = await open({ partyId: holder.id }, tiny);
    expect(tenth.statusCode).toBe(409);
    expect(tenth.json()).toMatchObject({ code: 'account_numbers_exhausted' });
  });

  it('keeps the built-in numbering and free given numbers when the tenant sets no pattern', async () => {
    const holder = (
      await inject('POST', `/api/v1/tenants/${otherTenant.id}/parties`, {
        kind: 'organisation',
        organisationName: 'Free',
      })
    ).json<Party>();
    const generated = (await open({ partyId: holder.id }, otherTenant)).json<Account>();
    expect(generated.accountNumber).toBe('000000018');
    expect((await open({ partyId: holder.id, accountNumber: 'ANY-1' }, otherTenant)).statusCode).toBe(201);
  });

  it('stores bill cycle, delivery preference and use class, paper by default', async () => {
    const plain = await opened();
    expect(plain).toMatchObject({
      billCycleCode: null,
      deliveryPreference: 'paper',
      useClass: null,
      parentAccountId: null,
    });
    const shop = await opened({ billCycleCode: 'C07', deliveryPreference: 'portal', useClass: 'commercial' });
    expect(shop).toMatchObject({ billCycleCode: 'C07', deliveryPreference: 'portal', useClass: 'commercial' });
    const changed = await inject('PATCH', `${accountsUrl()}/${shop.id}`, {
      deliveryPreference: 'email',
      useClass: null,
    });
    expect(changed.json()).toMatchObject({ billCycleCode: 'C07', deliveryPreference: 'email', useClass: null });
    expect((await open({ deliveryPreference: 'fax' })).statusCode).toBe(400);
  });

  it('bills an account under another and refuses itself, a loop and an account of another tenant', async () => {
    const group = await opened({ name: 'Group' });
    const site = await opened({ name: 'Site', parentAccountId: group.id });
    expect(site.parentAccountId).toBe(group.id);
    const flat = await opened({ name: 'Flat' });
    const linked = await inject('PATCH', `${accountsUrl()}/${flat.id}`, { parentAccountId: site.id });
    expect(linked.json()).toMatchObject({ parentAccountId: site.id });

    const self = await inject('PATCH', `${accountsUrl()}/${group.id}`, { parentAccountId: group.id });
    expect(self.statusCode).toBe(422);
    expect(self.json()).toMatchObject({ code: 'account_parent_cycle' });
    const loop = await inject('PATCH', `${accountsUrl()}/${group.id}`, { parentAccountId: flat.id });
    expect(loop.statusCode).toBe(422);
    expect(loop.json()).toMatchObject({ code: 'account_parent_cycle' });

    const foreignParty = (
      await inject('POST', `/api/v1/tenants/${otherTenant.id}/parties`, { kind: 'organisation', organisationName: 'X' })
    ).json<Party>();
    const foreign = (await open({ partyId: foreignParty.id }, otherTenant)).json<Account>();
    const elsewhere = await open({ parentAccountId: foreign.id });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json()).toMatchObject({ code: 'account_parent_not_found' });

    const detached = await inject('PATCH', `${accountsUrl()}/${flat.id}`, { parentAccountId: null });
    expect(detached.json()).toMatchObject({ parentAccountId: null });
    // Once the flat is detached, the group may be billed under it.
    expect((await inject('PATCH', `${accountsUrl()}/${group.id}`, { parentAccountId: flat.id })).statusCode).toBe(200);
  });

  it('sets household persons with dates and refuses one person twice on a day', async () => {
    const account = await opened();
    const url = `${accountsUrl()}/${account.id}/household-persons`;
    const set = await inject('PUT', url, {
      items: [
        { name: 'Amani Uwase', startOn: '2024-01-01' },
        { name: 'Keza Uwase', startOn: '2024-01-01', endOn: '2025-08-31' },
        { name: 'Keza Uwase', startOn: '2026-01-01' },
      ],
    });
    expect(set.statusCode).toBe(200);
    const items = set.json<{ items: HouseholdPerson[] }>().items;
    expect(items).toHaveLength(3);
    expect((await inject('GET', url)).json()).toEqual({ items });

    const twice = await inject('PUT', url, {
      items: [
        { name: 'Keza Uwase', startOn: '2024-01-01', endOn: '2025-08-31' },
        { name: 'keza uwase', startOn: '2025-08-31' },
      ],
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json()).toMatchObject({ code: 'account_periods_overlap' });
    expect((await inject('GET', url)).json()).toEqual({ items });

    const backwards = await inject('PUT', url, { items: [{ name: 'X', startOn: '2024-02-01', endOn: '2024-01-01' }] });
    expect(backwards.statusCode).toBe(400);
  });

  it('sets protection periods with reasons and refuses overlapping periods of one status', async () => {
    const account = await opened();
    const url = `${accountsUrl()}/${account.id}/protections`;
    const set = await inject('PUT', url, {
      items: [
        { status: 'vulnerable', reason: 'Home dialysis', startOn: '2025-01-01' },
        { status: 'protected', reason: 'Winter moratorium', startOn: '2025-11-01', endOn: '2026-03-31' },
      ],
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().items).toEqual([
      expect.objectContaining({ status: 'vulnerable', reason: 'Home dialysis', endOn: null }),
      expect.objectContaining({ status: 'protected', endOn: '2026-03-31' }),
    ]);
    const overlap = await inject('PUT', url, {
      items: [
        { status: 'protected', reason: 'Winter', startOn: '2025-11-01', endOn: '2026-03-31' },
        { status: 'protected', reason: 'Court order', startOn: '2026-03-31' },
      ],
    });
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json()).toMatchObject({ code: 'account_periods_overlap' });
  });

  it('sets benefits, keeps an entry sent back with its id, and hides accounts of other tenants', async () => {
    const account = await opened();
    const url = `${accountsUrl()}/${account.id}/benefits`;
    const first = await inject('PUT', url, {
      items: [{ code: 'housing-subsidy', reference: 'HS-2026-114', startOn: '2026-01-01', endOn: '2026-12-31' }],
    });
    const [subsidy] = first.json<{ items: AccountBenefit[] }>().items;
    const second = await inject('PUT', url, {
      items: [
        {
          id: subsidy?.id,
          code: 'housing-subsidy',
          reference: 'HS-2026-114',
          startOn: '2026-01-01',
          endOn: '2027-06-30',
        },
        { code: 'veteran', startOn: '2026-03-01' },
      ],
    });
    expect(second.json<{ items: AccountBenefit[] }>().items).toEqual([
      expect.objectContaining({ id: subsidy?.id, endOn: '2027-06-30' }),
      expect.objectContaining({ code: 'veteran', reference: null }),
    ]);
    const clash = await inject('PUT', url, {
      items: [
        { code: 'veteran', startOn: '2026-03-01' },
        { code: 'veteran', startOn: '2027-01-01' },
      ],
    });
    expect(clash.json()).toMatchObject({ code: 'account_periods_overlap' });

    const elsewhere = await inject('GET', `${accountsUrl(otherTenant)}/${account.id}/benefits`);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toMatchObject({ code: 'account_not_found' });
  });
});
