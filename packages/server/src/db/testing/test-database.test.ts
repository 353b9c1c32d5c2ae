import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../open-database.ts';
import { openTestDatabase } from './test-database.ts';

// A test file's database starts from the template the global setup migrated: nothing left to
// migrate, and the extensions the migrations created work in the loaded copy.
describe('the test database', () => {
  let database: DatabaseConnection;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('is migrated to the latest version already', async () => {
    expect(await database.migrateToLatest()).toEqual([]);
  });

  it('has the trigram extension search relies on', async () => {
    const { rows } = await sql<{ score: number }>`select similarity('Rossi', 'Rosi') as score`.execute(database.db);
    expect(rows[0]?.score).toBeGreaterThan(0.3);
  });

  it('queries as the application role', async () => {
    const { rows } = await sql<{ role: string }>`select current_user as role`.execute(database.db);
    expect(rows[0]?.role).toBe('utilis_app');
  });
});
