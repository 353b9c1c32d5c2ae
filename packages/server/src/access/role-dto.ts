import { type Permission, permissions, type Role } from '@utilis/contracts';
import type { Selectable } from 'kysely';
import type { RoleTable } from './access.tables.ts';

const known = new Set<string>(permissions);

// A permission a later release dropped is not shown, rather than failing the whole answer.
export const toRole = (row: Selectable<RoleTable>): Role => ({
  id: row.id,
  code: row.code,
  name: row.name,
  permissions: row.permissions.filter((permission): permission is Permission => known.has(permission)),
  isBuiltIn: row.isBuiltIn,
});
