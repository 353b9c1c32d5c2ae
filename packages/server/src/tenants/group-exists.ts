import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';

export async function groupExists(db: Kysely<Database>, groupId: string): Promise<boolean> {
  const row = await db.selectFrom('tenantGroup').select('id').where('id', '=', groupId).executeTakeFirst();
  return row !== undefined;
}
