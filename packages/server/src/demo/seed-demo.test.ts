import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseConnection, openDatabase } from '../db/index.ts';
import { seedDemo } from './seed-demo.ts';

// The demo seeds fixed tenant codes, so it gets an embedded database of its own whatever the suite runs on.
let database: DatabaseConnection;

beforeAll(async () => {
  database = await openDatabase({ backend: 'pglite', dataDir: undefined });
  await database.migrateToLatest();
  await seedDemo(database.db, { partyCount: 50, onProgress: () => {} });
}, 120_000);

afterAll(() => database.close());

const rowsOf = <T>(query: ReturnType<typeof sql<T>>) =>
  database.asOwner(async (owner) => (await query.execute(owner)).rows);

describe('the demo', () => {
  it('puts the water company and the housing management company in one group, the French utility apart', async () => {
    const tenants = await rowsOf<{ code: string; groupCode: string | null }>(sql`
      select t.code, g.code as group_code from tenant t left join tenant_group g on g.id = t.group_id order by t.code`);
    expect(tenants).toEqual([
      { code: 'demo-housing-ru', groupCode: 'demo-group' },
      { code: 'demo-water', groupCode: 'demo-group' },
      { code: 'demo-water-fr', groupCode: null },
    ]);
  });

  it('houses every water customer in a flat of a building or a house, with water and sewage agreements', async () => {
    const [counts] = await rowsOf<{ accounts: number; housed: number; flats: number; houses: number }>(sql`
      select (select count(*)::int from account a join tenant t on t.id = a.tenant_id where t.code = 'demo-water') as accounts,
             (select count(distinct ag.account_id)::int from agreement ag join service_point sp on sp.id = ag.service_point_id
                join tenant t on t.id = ag.tenant_id where t.code = 'demo-water' and sp.kind = 'water') as housed,
             (select count(*)::int from premise p join tenant t on t.id = p.tenant_id
                where t.code = 'demo-water' and p.parent_premise_id is not null) as flats,
             (select count(*)::int from premise p join tenant t on t.id = p.tenant_id
                where t.code = 'demo-water' and p.parent_premise_id is null
                  and not exists (select 1 from premise u where u.parent_premise_id = p.id)) as houses`);
    expect(counts).toEqual({ accounts: 50, housed: 50, flats: 30, houses: 20 });
  });

  it('meters flats under their building meter, exchanges some meters and moves some customers out', async () => {
    const [meters = { subMeters: 0, exchanged: 0, movedOut: 0 }] = await rowsOf<{
      subMeters: number;
      exchanged: number;
      movedOut: number;
    }>(sql`
      select (select count(*)::int from meter m join tenant t on t.id = m.tenant_id
                where t.code = 'demo-water' and m.parent_meter_id is not null) as sub_meters,
             (select count(*)::int from meter_installation i join tenant t on t.id = i.tenant_id
                where t.code = 'demo-water' and i.removed_on is not null) as exchanged,
             (select count(*)::int from agreement ag join tenant t on t.id = ag.tenant_id
                where t.code = 'demo-water' and ag.final_bill_requested_on is not null) as moved_out`);
    expect(meters.subMeters).toBeGreaterThanOrEqual(30);
    expect(meters.exchanged).toBeGreaterThan(0);
    // A customer who moves out leaves water and sewage on the same day.
    expect(meters.movedOut).toBeGreaterThan(0);
    expect(meters.movedOut % 2).toBe(0);
  });

  it('bills several providers through the housing management company', async () => {
    const providers = await rowsOf<{ kind: string; provider: string }>(sql`
      select distinct sp.kind, ag.provider from agreement ag join service_point sp on sp.id = ag.service_point_id
        join tenant t on t.id = ag.tenant_id where t.code = 'demo-housing-ru' order by sp.kind`);
    expect(providers.map(({ kind }) => kind)).toEqual([
      'electricity',
      'heating',
      'hot_water',
      'maintenance',
      'waste',
      'water',
    ]);
    expect(new Set(providers.map(({ provider }) => provider)).size).toBe(5);
  });
});
