import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { type DatabaseConnection, openDatabase } from '../open-database.ts';

/**
 * The database a test file runs against: the PostgreSQL at DATABASE_URL when it is set
 * (migrated once by the global setup; tests isolate themselves with their own tenants),
 * otherwise a fresh in-memory PGlite of its own, loaded from the template the global setup
 * migrated (`pglite-template.ts`).
 */
export async function openTestDatabase(): Promise<DatabaseConnection> {
  const url = process.env.DATABASE_URL;
  if (url) return openDatabase({ backend: 'postgres', url });
  const templateFile = inject('pgliteTemplateFile');
  const pgliteTemplate = templateFile ? await readFile(templateFile) : undefined;
  const connection = await openDatabase({ backend: 'pglite', dataDir: undefined }, { pgliteTemplate });
  // Nothing to do after a current template; migrates from scratch without one.
  await connection.migrateToLatest();
  return connection;
}
