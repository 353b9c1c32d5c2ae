import { type DatabaseConnection, openDatabase } from '../open-database.ts';

/**
 * The database a test file runs against: the PostgreSQL at DATABASE_URL when it is set
 * (migrated once by the global setup; tests isolate themselves with their own tenants),
 * otherwise a fresh in-memory PGlite.
 */
export async function openTestDatabase(): Promise<DatabaseConnection> {
  const url = process.env.DATABASE_URL;
  if (url) return openDatabase({ backend: 'postgres', url });
  const connection = await openDatabase({ backend: 'pglite', dataDir: undefined });
  await connection.migrateToLatest();
  return connection;
}
