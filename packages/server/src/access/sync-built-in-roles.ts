import { builtInRoles } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../db/index.ts';

/**
 * Brings the built-in roles in line with the code at start-up: a release that adds a
 * permission gives it to the roles that should have it without a migration.
 */
export async function syncBuiltInRoles(db: Kysely<Database>, now: Date = new Date()): Promise<void> {
  for (const [code, role] of Object.entries(builtInRoles)) {
    await db
      .insertInto('role')
      .values({
        id: uuidv7(),
        code,
        name: role.name,
        permissions: [...role.permissions],
        isBuiltIn: true,
        createdAt: now,
        updatedAt: now,
      })
      // A custom role that already uses a new built-in code keeps it: it is never taken over.
      .onConflict((conflict) =>
        conflict
          .column('code')
          .doUpdateSet({ name: role.name, permissions: [...role.permissions], updatedAt: now })
          .where('role.isBuiltIn', '=', true),
      )
      .execute();
  }
}
