import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { selectAllRoles } from './role.sql.ts';

/** Every role's id by its code, built-in and custom: the console grants roles by code. */
export async function roleIdsByCode(trx: Transaction<Database>): Promise<Map<string, string>> {
  return new Map((await selectAllRoles(trx)).map((role) => [role.code, role.id]));
}
