import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';

// The search indexes of migration 0010 must stay usable: under row-level security PostgreSQL uses
// an index only for conditions made of LEAKPROOF functions (otherwise every search scans the
// tenant), and maintenance (ANALYZE, REINDEX) runs index expressions with a bare search_path.
describe('search indexes', () => {
  let testApp: TestApp;
  let tenantId: string;
  beforeAll(async () => {
    testApp = await openTestApp();
    tenantId = (await createTestTenant(testApp.app)).id;
  });
  afterAll(() => testApp.close());

  it('marks every function of the search conditions LEAKPROOF', async () => {
    const { rows } = await sql<{ name: string; isLeakproof: boolean }>`
      select oid::regprocedure::text as name, proleakproof as "isLeakproof" from pg_proc
      where oid = any(array['search_tokens(text[])', 'pg_catalog.arraycontains(anyarray, anyarray)',
        'similarity_op(text, text)', 'word_similarity_op(text, text)', 'pg_catalog.lower(text)',
        'pg_catalog.textlike(text, text)']::regprocedure[])`.execute(testApp.database.db);
    expect(rows).toHaveLength(6);
    expect(rows.filter((row) => !row.isLeakproof)).toEqual([]);
  });

  it('analyzes and rebuilds the name and address indexes over stored rows', async () => {
    await testApp.database.asOwner(async (owner) => {
      await sql`
        insert into party (tenant_id, id, kind, display_name, organisation_name)
        values (${tenantId}, gen_random_uuid(), 'organisation', 'Société des Eaux', 'Société des Eaux')`.execute(owner);
      await sql`
        insert into premise (tenant_id, id, address_line1, city, country)
        values (${tenantId}, gen_random_uuid(), '3 rue des Lilas', 'Annecy', 'FR')`.execute(owner);
      for (const table of ['party', 'premise']) await sql`analyze ${sql.table(table)}`.execute(owner);
      await sql`reindex index party_name_search_idx`.execute(owner);
      await sql`reindex index premise_address_search_idx`.execute(owner);
      const words = await sql<{ word: string }>`
        select word from search_word where tenant_id = ${tenantId} order by word`.execute(owner);
      expect(words.rows.map((row) => row.word)).toEqual(['des', 'eaux', 'société']);
    });
  });
});
