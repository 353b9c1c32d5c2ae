import type { Account, CustomFieldDefinition, CustomFieldValues, Party, Premise, Tenant } from '@utilis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/index.ts';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';
import { findCustomFieldHits } from './find-custom-field-hits.ts';

describe('custom fields API', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let party: Party;
  let account: Account;
  let premise: Premise;
  const fieldsUrl = () => `/api/v1/tenants/${tenant.id}/custom-fields`;
  const valuesUrl = (kind: 'parties' | 'accounts' | 'premises', id: string) =>
    `/api/v1/tenants/${tenant.id}/${kind}/${id}/custom-fields`;
  const define = async (payload: Record<string, unknown>) => {
    const response = await testApp.app.inject({ method: 'POST', url: fieldsUrl(), payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<CustomFieldDefinition>();
  };
  const put = (url: string, values: Record<string, string | null>) =>
    testApp.app.inject({ method: 'PUT', url, payload: { values } });
  const hits = (text: string) =>
    withTenant(testApp.database.db, tenant.id, (trx) => findCustomFieldHits(trx, { text, limit: 10 }));

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app);
    const { app } = testApp;
    party = (
      await app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenant.id}/parties`,
        payload: { kind: 'person', givenName: 'Marie', familyName: 'Curie' },
      })
    ).json<Party>();
    account = (
      await app.inject({ method: 'POST', url: `/api/v1/tenants/${tenant.id}/accounts`, payload: { partyId: party.id } })
    ).json<Account>();
    premise = (
      await app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenant.id}/premises`,
        payload: { addressLine1: '3 rue Pierre', city: 'Lyon', country: 'FR' },
      })
    ).json<Premise>();
  });
  afterAll(() => testApp.close());

  it('defines fields per entity and refuses a key taken for the same entity only', async () => {
    const field = await define({ entity: 'premise', key: 'meter_room', label: 'Meter room', type: 'text' });
    expect(field).toMatchObject({ entity: 'premise', key: 'meter_room', isRequired: false, isRetired: false });
    const again = await testApp.app.inject({
      method: 'POST',
      url: fieldsUrl(),
      payload: { entity: 'premise', key: 'meter_room', label: 'Other', type: 'text' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'custom_field_key_taken' });
    await define({ entity: 'party', key: 'meter_room', label: 'Meter room', type: 'text' });
    const listed = await testApp.app.inject({ method: 'GET', url: `${fieldsUrl()}?entity=premise` });
    expect(listed.json<{ items: CustomFieldDefinition[] }>().items.map((each) => each.key)).toEqual(['meter_room']);
  });

  it('refuses a choice field without choices', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: fieldsUrl(),
      payload: { entity: 'account', key: 'segment', label: 'Segment', type: 'choice', choices: [] },
    });
    expect(response.json()).toMatchObject({ code: 'custom_field_choices_invalid' });
    expect(response.statusCode).toBe(422);
  });

  it('sets typed values on an account, keeps numbers exact, and clears with null', async () => {
    await define({ entity: 'account', key: 'deposit', label: 'Deposit', type: 'number', position: 1 });
    await define({ entity: 'account', key: 'visit_on', label: 'Visit', type: 'date', position: 2 });
    await define({
      entity: 'account',
      key: 'tier',
      label: 'Tier',
      type: 'choice',
      choices: [
        { code: 'gold', label: 'Gold' },
        { code: 'silver', label: 'Silver' },
      ],
      position: 3,
    });
    const url = valuesUrl('accounts', account.id);
    const set = await put(url, { deposit: '0012345678901234567.1230', visit_on: '2024-02-29', tier: 'gold' });
    expect(set.statusCode, set.body).toBe(200);
    const values = set.json<CustomFieldValues>();
    expect(values.fields.map((each) => [each.field.key, each.value])).toEqual([
      ['deposit', '12345678901234567.123'],
      ['visit_on', '2024-02-29'],
      ['tier', 'gold'],
    ]);
    expect((await testApp.app.inject({ method: 'GET', url })).json()).toEqual(values);
    const cleared = await put(url, { visit_on: null });
    expect(cleared.json<CustomFieldValues>().fields.map((each) => each.value)).toEqual([
      '12345678901234567.123',
      null,
      'gold',
    ]);
  });

  it.each([
    [{ deposit: '12,5' }, 'custom_field_value_invalid'],
    [{ visit_on: '2023-02-29' }, 'custom_field_value_invalid'],
    [{ tier: 'bronze' }, 'custom_field_value_invalid'],
    [{ colour: 'red' }, 'custom_field_key_unknown'],
  ])('refuses %j with %s and changes nothing', async (values, code) => {
    const url = valuesUrl('accounts', account.id);
    const before = (await testApp.app.inject({ method: 'GET', url })).json();
    const response = await put(url, values);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code });
    expect((await testApp.app.inject({ method: 'GET', url })).json()).toEqual(before);
  });

  it('answers 404 for an entity the tenant does not have', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    const response = await testApp.app.inject({ method: 'GET', url: valuesUrl('premises', missing) });
    expect(response.json()).toMatchObject({ code: 'premise_not_found' });
    expect((await put(valuesUrl('parties', missing), {})).json()).toMatchObject({ code: 'party_not_found' });
  });

  it('refuses to leave a required field empty', async () => {
    await define({ entity: 'premise', key: 'access_code', label: 'Access code', type: 'text', isRequired: true });
    const url = valuesUrl('premises', premise.id);
    expect((await put(url, { meter_room: 'Cellar' })).json()).toMatchObject({ code: 'custom_field_required' });
    expect((await put(url, { meter_room: 'Cellar', access_code: 'B12' })).statusCode).toBe(200);
    expect((await put(url, { access_code: ' ' })).json()).toMatchObject({ code: 'custom_field_required' });
  });

  it('refuses a type change once values exist, and allows it before', async () => {
    const field = await define({ entity: 'party', key: 'floor', label: 'Floor', type: 'text' });
    const patch = (payload: Record<string, unknown>) =>
      testApp.app.inject({ method: 'PATCH', url: `${fieldsUrl()}/${field.id}`, payload });
    expect((await patch({ type: 'number' })).json()).toMatchObject({ type: 'number' });
    expect((await put(valuesUrl('parties', party.id), { floor: '3' })).statusCode).toBe(200);
    const refused = await patch({ type: 'text' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'custom_field_type_locked' });
    expect((await patch({ label: 'Storey' })).json()).toMatchObject({ label: 'Storey', type: 'number' });
  });

  it('refuses to remove a choice a value still uses', async () => {
    const fields = (await testApp.app.inject({ method: 'GET', url: `${fieldsUrl()}?entity=account` })).json<{
      items: CustomFieldDefinition[];
    }>();
    const tier = fields.items.find((each) => each.key === 'tier');
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: `${fieldsUrl()}/${tier?.id}`,
      payload: { choices: [{ code: 'silver', label: 'Silver' }] },
    });
    expect(response.json()).toMatchObject({ code: 'custom_field_choice_in_use' });
  });

  it('keeps a retired field readable where it has a value, and refuses new values', async () => {
    const field = await define({ entity: 'party', key: 'legacy_ref', label: 'Legacy reference', type: 'text' });
    const url = valuesUrl('parties', party.id);
    await put(url, { legacy_ref: 'OLD-42' });
    await testApp.app.inject({ method: 'PATCH', url: `${fieldsUrl()}/${field.id}`, payload: { isRetired: true } });
    const read = (await testApp.app.inject({ method: 'GET', url })).json<CustomFieldValues>();
    expect(read.fields.find((each) => each.field.key === 'legacy_ref')).toMatchObject({
      value: 'OLD-42',
      field: { isRetired: true },
    });
    expect((await put(url, { legacy_ref: 'NEW' })).json()).toMatchObject({ code: 'custom_field_retired' });
  });

  it('finds values of searchable fields only, by substring and misspelling, following label and retire changes', async () => {
    const note = await define({
      entity: 'party',
      key: 'nickname',
      label: 'Nickname',
      type: 'text',
      isSearchable: true,
    });
    await define({ entity: 'party', key: 'secret', label: 'Secret', type: 'text' });
    const segment = await define({
      entity: 'premise',
      key: 'zone',
      label: 'Zone',
      type: 'choice',
      choices: [{ code: 'north', label: 'Quartier Nordique' }],
      isSearchable: true,
    });
    await put(valuesUrl('parties', party.id), { nickname: 'Polonium Marie', secret: 'Polonium vault' });
    await put(valuesUrl('premises', premise.id), { zone: 'north' });

    expect(await hits('polonium')).toEqual([
      {
        entity: 'party',
        entityId: party.id,
        fieldKey: 'nickname',
        fieldLabel: 'Nickname',
        value: 'Polonium Marie',
        score: 0.9,
      },
    ]);
    expect((await hits('polonum')).map((hit) => hit.entityId)).toEqual([party.id]);
    expect(await hits('nordique')).toMatchObject([
      { entity: 'premise', entityId: premise.id, value: 'Quartier Nordique' },
    ]);

    await testApp.app.inject({
      method: 'PATCH',
      url: `${fieldsUrl()}/${segment.id}`,
      payload: { choices: [{ code: 'north', label: 'Secteur Boréal' }] },
    });
    expect(await hits('nordique')).toEqual([]);
    expect(await hits('boréal')).toMatchObject([{ value: 'Secteur Boréal' }]);

    await testApp.app.inject({ method: 'PATCH', url: `${fieldsUrl()}/${note.id}`, payload: { isRetired: true } });
    expect(await hits('polonium')).toEqual([]);
  });

  it('lets a cashier read party values but not write them, nor define fields', async () => {
    const cashier = await testApp.signedInAs('cashier', { scope: 'tenant', tenantId: tenant.id });
    const url = valuesUrl('parties', party.id);
    expect((await cashier.inject({ method: 'GET', url })).statusCode).toBe(200);
    expect((await cashier.inject({ method: 'PUT', url, payload: { values: {} } })).statusCode).toBe(403);
    const define = await cashier.inject({
      method: 'POST',
      url: fieldsUrl(),
      payload: { entity: 'party', key: 'x', label: 'X', type: 'text' },
    });
    expect(define.statusCode).toBe(403);
  });

  it("hides an account outside a branch-limited clerk's branches, in values and in hits", async () => {
    const { app } = testApp;
    const north = (
      await app.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenant.id}/accounts`,
        payload: { partyId: party.id, branchCode: 'north' },
      })
    ).json<Account>();
    await define({ entity: 'account', key: 'locker', label: 'Locker', type: 'text', isSearchable: true });
    expect((await put(valuesUrl('accounts', north.id), { locker: 'Locker Q7 north' })).statusCode).toBe(200);
    const clerk = await testApp.signedInAs('billing_clerk', {
      scope: 'branch',
      tenantId: tenant.id,
      branchCode: 'south',
    });
    const read = await clerk.inject({ method: 'GET', url: valuesUrl('accounts', north.id) });
    expect(read.json()).toMatchObject({ code: 'account_not_found' });
    const write = await clerk.inject({ method: 'PUT', url: valuesUrl('accounts', north.id), payload: { values: {} } });
    expect(write.json()).toMatchObject({ code: 'account_not_found' });
    const inBranches = (branches: ReadonlySet<string>) =>
      withTenant(testApp.database.db, tenant.id, (trx) =>
        findCustomFieldHits(trx, { text: 'locker q7', limit: 10, branches }),
      );
    expect(await inBranches(new Set(['south']))).toEqual([]);
    expect(await inBranches(new Set(['north']))).toMatchObject([{ entity: 'account', entityId: north.id }]);
  });

  it('never shows one tenant the fields or values of another', async () => {
    const other = await createTestTenant(testApp.app);
    const listed = await testApp.app.inject({ method: 'GET', url: `/api/v1/tenants/${other.id}/custom-fields` });
    expect(listed.json()).toEqual({ items: [] });
    const foreign = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${other.id}/parties/${party.id}/custom-fields`,
    });
    expect(foreign.json()).toMatchObject({ code: 'party_not_found' });
    const otherHits = await withTenant(testApp.database.db, other.id, (trx) =>
      findCustomFieldHits(trx, { text: 'cellar', limit: 10 }),
    );
    expect(otherHits).toEqual([]);
  });
});
