import type { Party, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('parties API', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  const partiesUrl = () => `/api/v1/tenants/${tenant.id}/parties`;
  const create = async (payload: Record<string, unknown>) =>
    (await testApp.app.inject({ method: 'POST', url: partiesUrl(), payload })).json<Party>();

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app, {
      locale: 'ru-RU',
      country: 'RU',
      currency: 'RUB',
      timeZone: 'Europe/Moscow',
    });
  });
  afterAll(() => testApp.close());

  it('creates a person with a display name in the tenant language order', async () => {
    const party = await create({
      kind: 'person',
      givenName: 'Иван',
      middleName: 'Петрович',
      familyName: 'Сидоров',
      email: 'ivan@example.ru',
      phone: '+7 495 123-45-67',
    });
    expect(party).toMatchObject({ kind: 'person', displayName: 'Сидоров Иван Петрович', tenantId: tenant.id });
    const fetched = await testApp.app.inject({ method: 'GET', url: `${partiesUrl()}/${party.id}` });
    expect(fetched.json()).toEqual(party);
  });

  it('creates an organisation', async () => {
    const party = await create({
      kind: 'organisation',
      organisationName: 'ООО «Водоканал»',
      registrationNumber: '1027700132195',
    });
    expect(party).toMatchObject({
      displayName: 'ООО «Водоканал»',
      givenName: null,
      registrationNumber: '1027700132195',
    });
  });

  it('lists newest first, pages without repeats, and filters by name', async () => {
    const { app } = testApp;
    const names = ['Анна', 'Борис', 'Вера', 'Глеб'];
    for (const givenName of names) await create({ kind: 'person', givenName, familyName: 'Пагинова' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (await app.inject({ method: 'GET', url: `${partiesUrl()}?limit=3&q=пагинова${query}` })).json();
      seen.push(...page.items.map((party: Party) => party.givenName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...names].reverse());
  });

  it('treats % and _ in a search as text, not wildcards', async () => {
    await create({ kind: 'organisation', organisationName: 'Sale 50% off' });
    const page = (
      await testApp.app.inject({ method: 'GET', url: `${partiesUrl()}?q=${encodeURIComponent('50%')}` })
    ).json();
    expect(page.items.map((party: Party) => party.displayName)).toEqual(['Sale 50% off']);
    const none = (await testApp.app.inject({ method: 'GET', url: `${partiesUrl()}?q=_` })).json();
    expect(none.items).toEqual([]);
  });

  it('updates names and contacts, recomputes the display name, and clears a field with null', async () => {
    const party = await create({
      kind: 'person',
      givenName: 'Ольга',
      familyName: 'Смирнова',
      email: 'olga@example.ru',
    });
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: `${partiesUrl()}/${party.id}`,
      payload: { familyName: 'Кузнецова', email: null },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ displayName: 'Кузнецова Ольга', email: null });
  });

  it('refuses organisation fields on a person', async () => {
    const party = await create({ kind: 'person', givenName: 'Пётр', familyName: 'Орлов' });
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: `${partiesUrl()}/${party.id}`,
      payload: { organisationName: 'Орлов и сыновья' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'party_kind_mismatch' });
  });

  it('refuses a person without a family name and an organisation with person fields', async () => {
    const person = await testApp.app.inject({
      method: 'POST',
      url: partiesUrl(),
      payload: { kind: 'person', givenName: 'Solo' },
    });
    expect(person.statusCode).toBe(400);
    expect(person.json().errors).toEqual([expect.objectContaining({ path: 'body.familyName' })]);

    const organisation = await testApp.app.inject({
      method: 'POST',
      url: partiesUrl(),
      payload: { kind: 'organisation', organisationName: 'Acme', givenName: 'Wile' },
    });
    expect(organisation.statusCode).toBe(400);
    expect(organisation.json().errors).toEqual([
      expect.objectContaining({ path: 'body.givenName', code: 'unrecognized_key' }),
    ]);
  });

  it('keeps SQL metacharacters as plain text', async () => {
    const name = "Robert'); DROP TABLE party;--";
    const party = await create({ kind: 'organisation', organisationName: name });
    expect(party.displayName).toBe(name);
    const page = (
      await testApp.app.inject({ method: 'GET', url: `${partiesUrl()}?q=${encodeURIComponent("'); DROP")}` })
    ).json();
    expect(page.items.map((item: Party) => item.id)).toEqual([party.id]);
  });
});
