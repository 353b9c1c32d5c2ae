import type { IdentityDocument, Party, PartyContact, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('party details API: reference, preferred channel, identity documents, contacts', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let otherTenant: Tenant;
  const partiesUrl = (of: Tenant = tenant) => `/api/v1/tenants/${of.id}/parties`;
  const inject = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
    testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
  const createParty = async (payload: Record<string, unknown>, of: Tenant = tenant) => {
    const response = await inject('POST', partiesUrl(of), payload);
    expect(response.statusCode).toBe(201);
    return response.json<Party>();
  };

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app, { locale: 'fr-FR', country: 'FR', currency: 'EUR' });
    otherTenant = await createTestTenant(testApp.app);
  });
  afterAll(() => testApp.close());

  it('stores the customer number and preferred channel, and changes or clears them', async () => {
    const party = await createParty({
      kind: 'person',
      givenName: 'Élise',
      familyName: 'Lefèvre',
      reference: 'C-000417',
      preferredChannel: 'sms',
      preferredLocale: 'fr-FR',
    });
    expect(party).toMatchObject({ reference: 'C-000417', preferredChannel: 'sms', preferredLocale: 'fr-FR' });
    const changed = await inject('PATCH', `${partiesUrl()}/${party.id}`, {
      reference: 'C-000418',
      preferredChannel: null,
    });
    expect(changed.json()).toMatchObject({ reference: 'C-000418', preferredChannel: null });
    const cleared = await inject('PATCH', `${partiesUrl()}/${party.id}`, { reference: null });
    expect(cleared.json()).toMatchObject({ reference: null });
  });

  it('refuses a reference another party of the tenant holds, on create and on change, but not across tenants', async () => {
    await createParty({ kind: 'organisation', organisationName: 'Régie A', reference: 'R-1' });
    const clash = await inject('POST', partiesUrl(), {
      kind: 'organisation',
      organisationName: 'Régie B',
      reference: 'R-1',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'party_reference_taken' });

    const other = await createParty({ kind: 'organisation', organisationName: 'Régie C', reference: 'R-2' });
    const change = await inject('PATCH', `${partiesUrl()}/${other.id}`, { reference: 'R-1' });
    expect(change.statusCode).toBe(409);
    expect(change.json()).toMatchObject({ code: 'party_reference_taken' });

    await createParty({ kind: 'organisation', organisationName: 'Autre', reference: 'R-1' }, otherTenant);
    // Parties without a reference never clash with one another.
    await createParty({ kind: 'organisation', organisationName: 'Sans référence' });
    await createParty({ kind: 'organisation', organisationName: 'Sans référence bis' });
  });

  it('refuses an unknown preferred channel', async () => {
    const response = await inject('POST', partiesUrl(), {
      kind: 'organisation',
      organisationName: 'Pigeon voyageur',
      preferredChannel: 'pigeon',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.preferredChannel' })]);
  });

  it('sets identity documents as a list, keeping those sent back with their id', async () => {
    const party = await createParty({ kind: 'person', givenName: 'Иван', familyName: 'Петров' });
    const url = `${partiesUrl()}/${party.id}/identity-documents`;
    expect((await inject('GET', url)).json()).toEqual({ items: [] });

    const first = await inject('PUT', url, {
      items: [
        {
          kind: 'passport',
          number: '4510 123456',
          issuingCountry: 'RU',
          issuedOn: '2015-03-01',
          validUntil: '2035-03-01',
        },
        { kind: 'tax_id', number: '770123456789' },
      ],
    });
    expect(first.statusCode).toBe(200);
    const [passport, taxId] = first.json<{ items: IdentityDocument[] }>().items;
    expect(passport).toMatchObject({ kind: 'passport', issuingCountry: 'RU', validUntil: '2035-03-01' });
    expect(taxId).toMatchObject({ kind: 'tax_id', issuingCountry: null, validUntil: null });

    const second = await inject('PUT', url, {
      items: [
        { id: passport?.id, kind: 'passport', number: '4510 123456', issuingCountry: 'RU', validUntil: '2036-01-01' },
        { kind: 'driving_licence', number: '99 12 345678', issuingCountry: 'RU' },
      ],
    });
    const items = second.json<{ items: IdentityDocument[] }>().items;
    expect(items.map((document) => document.kind)).toEqual(['passport', 'driving_licence']);
    expect(items[0]).toMatchObject({ id: passport?.id, validUntil: '2036-01-01', issuedOn: null });
    expect((await inject('GET', url)).json()).toEqual({ items });
  });

  it('refuses a document expiring before issue, a foreign id, and a party of another tenant', async () => {
    const party = await createParty({ kind: 'person', givenName: 'Ana', familyName: 'Silva' });
    const url = `${partiesUrl()}/${party.id}/identity-documents`;
    const backwards = await inject('PUT', url, {
      items: [{ kind: 'passport', number: 'P1', issuedOn: '2020-01-02', validUntil: '2020-01-01' }],
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: 'body.items.0.validUntil' })]);

    const stranger = await inject('PUT', url, {
      items: [{ id: '0193a1b2-0000-7000-8000-000000000000', kind: 'passport', number: 'P1' }],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ code: 'validation_failed' });

    const elsewhere = await inject('PUT', `${partiesUrl(otherTenant)}/${party.id}/identity-documents`, { items: [] });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toMatchObject({ code: 'party_not_found' });
  });

  it('keeps contacts with consent given and withdrawn on dates', async () => {
    const party = await createParty({ kind: 'person', givenName: '小红', familyName: '李', preferredChannel: 'email' });
    const url = `${partiesUrl()}/${party.id}/contacts`;
    const response = await inject('PUT', url, {
      items: [
        {
          channel: 'email',
          value: 'li@example.cn',
          serviceNotices: { givenOn: '2026-01-10' },
          marketing: { givenOn: '2026-01-10', withdrawnOn: '2026-05-01' },
        },
        { channel: 'sms', value: '+86 138 0013 8000' },
        { channel: 'post', value: '北京市朝阳区建国路 88 号' },
      ],
    });
    expect(response.statusCode).toBe(200);
    const [email, sms, post] = response.json<{ items: PartyContact[] }>().items;
    expect(email).toMatchObject({
      serviceNotices: { given: true, givenOn: '2026-01-10', withdrawnOn: null },
      marketing: { given: false, givenOn: '2026-01-10', withdrawnOn: '2026-05-01' },
    });
    expect(sms).toMatchObject({ channel: 'sms', marketing: { given: false, givenOn: null } });
    expect(post?.value).toBe('北京市朝阳区建国路 88 号');

    // Consent given again after a withdrawal: a new givenOn, no withdrawal.
    const again = await inject('PUT', url, {
      items: [{ id: email?.id, channel: 'email', value: 'li@example.cn', marketing: { givenOn: '2026-09-01' } }],
    });
    expect(again.json<{ items: PartyContact[] }>().items).toEqual([
      expect.objectContaining({ id: email?.id, marketing: { given: true, givenOn: '2026-09-01', withdrawnOn: null } }),
    ]);
  });

  it('refuses a value that does not fit its channel and a withdrawal without or before consent', async () => {
    const party = await createParty({ kind: 'organisation', organisationName: 'Contacts SA' });
    const url = `${partiesUrl()}/${party.id}/contacts`;
    const badEmail = await inject('PUT', url, { items: [{ channel: 'email', value: '+33 1 23 45 67 89' }] });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().errors).toEqual([expect.objectContaining({ path: 'body.items.0.value' })]);

    const withdrawnOnly = await inject('PUT', url, {
      items: [{ channel: 'phone', value: '+33 1 23 45 67 89', marketing: { withdrawnOn: '2026-01-01' } }],
    });
    expect(withdrawnOnly.statusCode).toBe(400);
    const withdrawnBefore = await inject('PUT', url, {
      items: [
        {
          channel: 'phone',
          value: '+33 1 23 45 67 89',
          serviceNotices: { givenOn: '2026-02-01', withdrawnOn: '2026-01-01' },
        },
      ],
    });
    expect(withdrawnBefore.statusCode).toBe(400);
    expect(withdrawnBefore.json().errors).toEqual([
      expect.objectContaining({ path: 'body.items.0.serviceNotices.withdrawnOn' }),
    ]);
    expect((await inject('GET', url)).json()).toEqual({ items: [] });
  });
});
