import type { Account, Party, Tenant } from '@utilis/contracts';
import { hasValidCheckDigit } from '@utilis/domain';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('accounts API', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let party: Party;
  const accountsUrl = () => `/api/v1/tenants/${tenant.id}/accounts`;
  const open = (payload: Record<string, unknown>) =>
    testApp.app.inject({ method: 'POST', url: accountsUrl(), payload });

  beforeAll(async () => {
    // 23:30 UTC on 31 December is already 1 January in Shanghai.
    testApp = await openTestApp({ now: () => Temporal.Instant.from('2026-12-31T23:30:00Z') });
    tenant = await createTestTenant(testApp.app, {
      country: 'CN',
      currency: 'CNY',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
    party = (
      await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenant.id}/parties`,
        payload: { kind: 'person', givenName: '小明', familyName: '王' },
      })
    ).json();
  });
  afterAll(() => testApp.close());

  it("opens an account numbered from the tenant's counter, today in the tenant's time zone", async () => {
    const first = (await open({ partyId: party.id })).json<Account>();
    const second = (await open({ partyId: party.id, name: '商铺' })).json<Account>();
    expect(first).toMatchObject({
      accountNumber: '000000018',
      status: 'active',
      currency: 'CNY',
      openedOn: '2027-01-01',
    });
    expect(first.partyDisplayName).toBe('王小明');
    expect(second.accountNumber).toBe('000000026');
    expect(hasValidCheckDigit(second.accountNumber)).toBe(true);
  });

  it('keeps a given account number and refuses it twice', async () => {
    const given = await open({ partyId: party.id, accountNumber: 'BJ-0001', openedOn: '2020-02-29' });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({ accountNumber: 'BJ-0001', openedOn: '2020-02-29' });
    const again = await open({ partyId: party.id, accountNumber: 'BJ-0001' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('account_number_taken');
  });

  it('skips a generated number that was already given by hand', async () => {
    await open({ partyId: party.id, accountNumber: '000000034' });
    const next = (await open({ partyId: party.id })).json<Account>();
    expect(next.accountNumber).toBe('000000042');
  });

  it('numbers accounts opened at the same moment uniquely and without gaps', async () => {
    const other = await createTestTenant(testApp.app);
    const holder = (
      await testApp.app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${other.id}/parties`,
        payload: { kind: 'organisation', organisationName: 'Parallel Ltd' },
      })
    ).json<Party>();
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        testApp.app.inject({
          method: 'POST',
          url: `/api/v1/tenants/${other.id}/accounts`,
          payload: { partyId: holder.id },
        }),
      ),
    );
    const numbers = responses.map((response) => response.json<Account>().accountNumber.slice(0, 8)).sort();
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(8, '0')));
  });

  it('refuses an unknown party', async () => {
    const response = await open({ partyId: '01900000-0000-7000-8000-000000000000' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('party_not_found');
  });

  it('refuses an impossible opening date', async () => {
    const response = await open({ partyId: party.id, openedOn: '2026-02-29' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('body.openedOn');
  });

  it('closes, refuses a closing before opening, and reopens', async () => {
    const account = (await open({ partyId: party.id, openedOn: '2024-01-10' })).json<Account>();
    const url = `${accountsUrl()}/${account.id}`;
    const early = await testApp.app.inject({ method: 'PATCH', url, payload: { closedOn: '2024-01-09' } });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('account_closed_before_opened');

    const closed = await testApp.app.inject({
      method: 'PATCH',
      url,
      payload: { closedOn: '2024-06-30', name: 'Old flat' },
    });
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2024-06-30', name: 'Old flat' });

    const reopened = await testApp.app.inject({ method: 'PATCH', url, payload: { closedOn: null } });
    expect(reopened.json()).toMatchObject({ status: 'active', closedOn: null });
  });

  it('lists by party and by text matching number or holder name', async () => {
    const byNumber = (await testApp.app.inject({ method: 'GET', url: `${accountsUrl()}?q=BJ-00` })).json();
    expect(byNumber.items.map((item: Account) => item.accountNumber)).toEqual(['BJ-0001']);
    const byParty = (
      await testApp.app.inject({ method: 'GET', url: `${accountsUrl()}?partyId=${party.id}&limit=200` })
    ).json();
    expect(byParty.items.length).toBeGreaterThanOrEqual(5);
    expect(byParty.items.every((item: Account) => item.partyId === party.id)).toBe(true);
  });
});
