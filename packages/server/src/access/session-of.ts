import type { Session } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { liveGrantsOf } from './grant.sql.ts';
import { toSession } from './session-dto.ts';
import { selectUser } from './user.sql.ts';

/** What the web app needs to know about the signed-in person. */
export async function sessionOf(
  trx: Transaction<Database>,
  { userId, sessionToken, expiresAt }: { userId: string; sessionToken: string; expiresAt: Date },
): Promise<Session> {
  const user = await selectUser(trx, userId);
  if (!user) throw new Error(`The user ${userId} of an open session is gone`);
  return toSession({ user, grants: await liveGrantsOf(trx, [userId]), token: sessionToken, expiresAt });
}
