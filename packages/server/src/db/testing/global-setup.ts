import type { TestProject } from 'vitest/node';
import { openDatabase } from '../open-database.ts';
import { pgliteTemplateFile } from './pglite-template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PGlite data folder each test file's database is loaded from. */
    pgliteTemplateFile: string;
  }
}

export async function setup(project: TestProject): Promise<void> {
  const url = process.env.DATABASE_URL;
  console.info(`Database suite on ${url ? `PostgreSQL (${new URL(url).pathname.slice(1)})` : 'PGlite (in memory)'}`);
  if (!url) {
    // Migrated once here; each test file loads a copy instead of migrating its own.
    project.provide('pgliteTemplateFile', await pgliteTemplateFile());
    return;
  }
  const connection = await openDatabase({ backend: 'postgres', url });
  try {
    await connection.migrateToLatest();
  } finally {
    await connection.close();
  }
}
