import type { Permission, Session } from '@utilis/contracts';
import { deploymentPermissions } from '@utilis/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { grantsOfUser } from './grants-of-user.ts';
import { loadGrants } from './load-grants.ts';
import { csrfTokenOf } from './session-tokens.ts';

/** What the web app needs to know about the signed-in person. */
export async function sessionOf(
  db: Kysely<Database>,
  { userId, sessionToken, expiresAt }: { userId: string; sessionToken: string; expiresAt: Date },
): Promise<Session> {
  const user = await db
    .selectFrom('appUser')
    .select(['id', 'email', 'displayName'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    user,
    csrfToken: csrfTokenOf(sessionToken),
    expiresAt: expiresAt.toISOString(),
    grants: await grantsOfUser(db, userId),
    deploymentPermissions: [...deploymentPermissions(await loadGrants(db, userId))] as Permission[],
  };
}
