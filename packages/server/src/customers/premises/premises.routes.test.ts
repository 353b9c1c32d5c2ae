import type { Premise, PremiseWithServicePoints, ServicePoint, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';

// Premises through the API: addresses with the tenant's own reference, buildings and their units,
// and the service points delivered at each.
describe('premises API', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  const base = () => `/api/v1/tenants/${tenant.id}`;
  const send = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) =>
    testApp.app.inject({ method, url: `${base()}${url}`, ...(payload ? { payload } : {}) });
  const create = async (payload: object) => {
    const response = await send('POST', '/premises', payload);
    if (response.statusCode !== 201) throw new Error(`${response.statusCode} ${response.body}`);
    return response.json<PremiseWithServicePoints>();
  };
  const list = async (query: string) => (await send('GET', `/premises?${query}`)).json<{ items: Premise[] }>().items;

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app);
  });
  afterAll(() => testApp.close());

  it('creates a premise with its reference and every figure, and reads it back', async () => {
    const premise = await create({
      reference: 'CAD-0042/7',
      addressLine1: '3 place du Marché',
      addressLine2: 'Rez-de-chaussée',
      city: 'Chambéry',
      postalCode: '73000',
      country: 'FR',
      latitude: '45.564601',
      longitude: '5.917781',
      areaM2: '120.5',
      rooms: 5,
      occupants: 3,
      districtMeteredAreaCode: 'DMA-C1',
    });
    expect(premise).toMatchObject({
      reference: 'CAD-0042/7',
      parentPremiseId: null,
      areaM2: '120.5',
      rooms: 5,
      occupants: 3,
      districtMeteredAreaCode: 'DMA-C1',
      servicePoints: [],
    });
    const read = (await send('GET', `/premises/${premise.id}`)).json<PremiseWithServicePoints>();
    expect(read).toEqual(premise);
    const bare = await create({ addressLine1: 'Lieu-dit les Granges', city: 'Bassens', country: 'FR' });
    expect(bare).toMatchObject({ reference: null, postalCode: null, areaM2: null, rooms: null });
  });

  it('edits fields one by one, clears a reference with null and keeps the rest', async () => {
    const premise = await create({ reference: 'EDIT-1', addressLine1: '9 rue Basse', city: 'Aix', country: 'FR' });
    const edited = await send('PATCH', `/premises/${premise.id}`, {
      addressLine2: 'Bât. B',
      rooms: 2,
      districtMeteredAreaCode: 'DMA-A2',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ reference: 'EDIT-1', addressLine2: 'Bât. B', rooms: 2, city: 'Aix' });
    const renamed = (await send('PATCH', `/premises/${premise.id}`, { reference: 'EDIT-2' })).json<Premise>();
    expect(renamed.reference).toBe('EDIT-2');
    const cleared = (await send('PATCH', `/premises/${premise.id}`, { reference: null })).json<Premise>();
    expect(cleared).toMatchObject({ reference: null, addressLine2: 'Bât. B' });
    expect(Date.parse(cleared.updatedAt)).toBeGreaterThanOrEqual(Date.parse(premise.updatedAt));
  });

  it('keeps a reference unique within the tenant, on create and on edit, but not across tenants', async () => {
    await create({ reference: 'UNIQ-1', addressLine1: '1 rue Haute', city: 'Annecy', country: 'FR' });
    const again = await send('POST', '/premises', {
      reference: 'UNIQ-1',
      addressLine1: '2 rue Haute',
      city: 'Annecy',
      country: 'FR',
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'premise_reference_taken']);

    const other = await create({ reference: 'UNIQ-2', addressLine1: '3 rue Haute', city: 'Annecy', country: 'FR' });
    const clash = await send('PATCH', `/premises/${other.id}`, { reference: 'UNIQ-1' });
    expect([clash.statusCode, clash.json().code]).toEqual([409, 'premise_reference_taken']);
    const keepsOwn = await send('PATCH', `/premises/${other.id}`, { reference: 'UNIQ-2', rooms: 1 });
    expect(keepsOwn.statusCode).toBe(200);

    const otherTenant = await createTestTenant(testApp.app);
    const elsewhere = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${otherTenant.id}/premises`,
      payload: { reference: 'UNIQ-1', addressLine1: '1 rue Haute', city: 'Annecy', country: 'FR' },
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('refuses a reference of punctuation only or longer than 64 characters', async () => {
    for (const reference of ['--', 'x'.repeat(65), '']) {
      const response = await send('POST', '/premises', { reference, addressLine1: 'x', city: 'y', country: 'FR' });
      expect(response.statusCode, reference).toBe(400);
      expect(response.json().errors[0].path).toBe('body.reference');
    }
  });

  it('lists newest first, pages with a cursor, and finds by address, postal code or reference', async () => {
    const town = `Ville${Date.now()}`;
    const made: Premise[] = [];
    for (const [index, reference] of ['LST-A', 'LST-B', 'LST-C'].entries()) {
      made.push(
        await create({
          reference,
          addressLine1: `${index + 1} chemin Vert`,
          city: town,
          postalCode: '74000',
          country: 'FR',
        }),
      );
    }
    const firstPage = await send('GET', `/premises?q=${town}&limit=2`);
    const page = firstPage.json<{ items: Premise[]; nextCursor: string | null }>();
    expect(page.items.map((item) => item.reference)).toEqual(['LST-C', 'LST-B']);
    const rest = (await send('GET', `/premises?q=${town}&limit=2&cursor=${page.nextCursor}`)).json<{
      items: Premise[];
      nextCursor: string | null;
    }>();
    expect(rest.items.map((item) => item.reference)).toEqual(['LST-A']);
    expect(rest.nextCursor).toBeNull();
    expect((await list('q=lst-b')).map((item) => item.id)).toEqual([made[1]?.id]);
    expect((await list(`q=${encodeURIComponent('chemin vert')}`)).length).toBeGreaterThanOrEqual(3);
  });

  it('builds a building with units, lists a building’s units, and refuses an unknown building or a loop', async () => {
    const building = await create({
      reference: 'BLD-1',
      addressLine1: '20 avenue du Lac',
      city: 'Evian',
      country: 'FR',
    });
    const first = await create({
      parentPremiseId: building.id,
      addressLine1: '20 avenue du Lac',
      addressLine2: 'Apt 1',
      city: 'Evian',
      country: 'FR',
    });
    const second = await create({
      parentPremiseId: building.id,
      addressLine1: '20 avenue du Lac',
      addressLine2: 'Apt 2',
      city: 'Evian',
      country: 'FR',
    });
    const units = await list(`parentPremiseId=${building.id}`);
    expect(units.map((unit) => unit.id).sort()).toEqual([first.id, second.id].sort());

    const unknown = await send('POST', '/premises', {
      parentPremiseId: '01900000-0000-7000-8000-000000000000',
      addressLine1: 'x',
      city: 'y',
      country: 'FR',
    });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'premise_not_found']);

    // A unit moved to another building, then back out to stand on its own.
    const annex = await create({ addressLine1: '22 avenue du Lac', city: 'Evian', country: 'FR' });
    await send('PATCH', `/premises/${second.id}`, { parentPremiseId: annex.id });
    expect((await list(`parentPremiseId=${annex.id}`)).map((unit) => unit.id)).toEqual([second.id]);
    const standalone = (await send('PATCH', `/premises/${second.id}`, { parentPremiseId: null })).json<Premise>();
    expect(standalone.parentPremiseId).toBeNull();

    // A building placed under its own unit's unit would contain itself.
    const room = await create({
      parentPremiseId: first.id,
      addressLine1: '20 avenue du Lac',
      city: 'Evian',
      country: 'FR',
    });
    for (const parentPremiseId of [building.id, room.id]) {
      const loop = await send('PATCH', `/premises/${building.id}`, { parentPremiseId });
      expect([loop.statusCode, loop.json().code]).toEqual([422, 'premise_cannot_contain_itself']);
    }
  });

  it('adds service points of distinct kinds, lists them by kind, and refuses one at an unknown premise', async () => {
    const premise = await create({ addressLine1: '5 rue des Sources', city: 'Thonon', country: 'FR' });
    const kinds = ['water', 'electricity', 'sewage'] as const;
    for (const kind of kinds) {
      const response = await send('POST', `/premises/${premise.id}/service-points`, { kind });
      expect(response.statusCode).toBe(201);
      expect(response.json<ServicePoint>()).toMatchObject({ kind, premiseId: premise.id });
    }
    const taken = await send('POST', `/premises/${premise.id}/service-points`, { kind: 'sewage' });
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'service_point_kind_taken']);
    const unknownKind = await send('POST', `/premises/${premise.id}/service-points`, { kind: 'telepathy' });
    expect(unknownKind.statusCode).toBe(400);
    const nowhere = await send('POST', '/premises/01900000-0000-7000-8000-000000000000/service-points', {
      kind: 'water',
    });
    expect([nowhere.statusCode, nowhere.json().code]).toEqual([404, 'premise_not_found']);
    const read = (await send('GET', `/premises/${premise.id}`)).json<PremiseWithServicePoints>();
    expect(read.servicePoints.map((point) => point.kind)).toEqual(['electricity', 'sewage', 'water']);
  });

  it('shows no premise of another tenant, by id or in a list', async () => {
    const premise = await create({ reference: 'PRIV-1', addressLine1: '8 rue Close', city: 'Genève', country: 'CH' });
    const otherTenant = await createTestTenant(testApp.app);
    const foreign = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${otherTenant.id}/premises/${premise.id}`,
    });
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'premise_not_found']);
    const listed = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${otherTenant.id}/premises?q=PRIV`,
    });
    expect(listed.json().items).toEqual([]);
  });
});
