import { openDatabase } from '../open-database.ts';

export async function setup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  console.info(`Database suite on ${url ? `PostgreSQL (${new URL(url).pathname.slice(1)})` : 'PGlite (in memory)'}`);
  if (!url) return;
  const connection = await openDatabase({ backend: 'postgres', url });
  try {
    await connection.migrateToLatest();
  } finally {
    await connection.close();
  }
}
