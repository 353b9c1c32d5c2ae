import type { AuditEvent, Party, PremiseWithServicePoints, ServicePoint, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';

// Each write of parties, premises and custom fields is a command: its audit event commits with it,
// keeps the answer the API gave as "after" and the entity as it was as "before"; a refusal leaves none.
describe('audit events of customer commands', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  const url = (path: string) => `/api/v1/tenants/${tenant.id}${path}`;
  const send = async <T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, payload?: object) => {
    const response = await testApp.app.inject({ method, url: url(path), ...(payload ? { payload } : {}) });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<T>();
  };
  const eventsOf = async (entityId: string): Promise<AuditEvent[]> =>
    (await send<{ items: AuditEvent[] }>('GET', `/audit-events?entityId=${entityId}&limit=50`)).items.reverse();

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app);
  });
  afterAll(() => testApp.close());

  it('records the party commands with the answer as after and the entity as before', async () => {
    const party = await send<Party>('POST', '/parties', { kind: 'person', givenName: 'Jeanne', familyName: 'Avant' });
    const updated = await send<Party>('PATCH', `/parties/${party.id}`, { familyName: 'Après' });
    const refused = await testApp.app.inject({
      method: 'PATCH',
      url: url(`/parties/${party.id}`),
      payload: { organisationName: 'Avant SA' },
    });
    expect(refused.statusCode).toBe(422);
    const documents = await send('PUT', `/parties/${party.id}/identity-documents`, {
      items: [{ kind: 'passport', number: '12AB34567' }],
    });
    const contacts = await send('PUT', `/parties/${party.id}/contacts`, {
      items: [{ channel: 'email', value: 'jeanne@example.fr' }],
    });

    const events = await eventsOf(party.id);
    expect(events.map((event) => [event.action, event.entityType, event.entityId])).toEqual([
      ['party.create', 'party', party.id],
      ['party.update', 'party', party.id],
      ['party.identity_documents.replace', 'party', party.id],
      ['party.contacts.replace', 'party', party.id],
    ]);
    const [created, update, replacedDocuments, replacedContacts] = events;
    expect(created).toMatchObject({ before: null, after: party });
    expect(update).toMatchObject({ before: party, after: updated });
    expect(replacedDocuments).toMatchObject({ before: { items: [] }, after: documents });
    expect(replacedContacts).toMatchObject({ before: { items: [] }, after: contacts });
  });

  it('records the premise and service point commands', async () => {
    const premise = await send<PremiseWithServicePoints>('POST', '/premises', {
      addressLine1: '3 rue des Lilas',
      city: 'Annecy',
      country: 'FR',
    });
    const point = await send<ServicePoint>('POST', `/premises/${premise.id}/service-points`, { kind: 'water' });
    const before = await send<PremiseWithServicePoints>('GET', `/premises/${premise.id}`);
    const updated = await send<PremiseWithServicePoints>('PATCH', `/premises/${premise.id}`, { rooms: 3 });

    expect(await eventsOf(premise.id)).toEqual([
      expect.objectContaining({ action: 'premise.create', entityType: 'premise', before: null, after: premise }),
      expect.objectContaining({ action: 'premise.update', before, after: updated }),
    ]);
    expect(await eventsOf(point.id)).toEqual([
      expect.objectContaining({ action: 'service_point.create', entityType: 'service_point', after: point }),
    ]);
  });

  it('records the custom field commands, values under the entity they belong to', async () => {
    const field = await send<{ id: string }>('POST', '/custom-fields', {
      entity: 'party',
      key: 'segment',
      label: 'Segment',
      type: 'text',
    });
    const relabelled = await send('PATCH', `/custom-fields/${field.id}`, { label: 'Customer segment' });
    const party = await send<Party>('POST', '/parties', { kind: 'organisation', organisationName: 'Régie' });
    const before = await send('GET', `/parties/${party.id}/custom-fields`);
    const after = await send('PUT', `/parties/${party.id}/custom-fields`, { values: { segment: 'Industry' } });

    expect(await eventsOf(field.id)).toEqual([
      expect.objectContaining({ action: 'custom_field.create', entityType: 'custom_field' }),
      expect.objectContaining({ action: 'custom_field.update', after: relabelled }),
    ]);
    expect((await eventsOf(party.id)).at(-1)).toMatchObject({
      action: 'party.set_custom_fields',
      entityType: 'party',
      before,
      after,
    });
  });
});
