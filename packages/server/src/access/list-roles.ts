import type { Role } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { selectAllRoles } from './role.sql.ts';
import { toRole } from './role-dto.ts';

/** The built-in roles first, then the custom roles, each in code order. */
export async function listRoles(trx: Transaction<Database>): Promise<Role[]> {
  return (await selectAllRoles(trx)).map(toRole);
}
