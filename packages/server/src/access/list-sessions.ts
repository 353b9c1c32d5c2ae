import type { SessionSummary } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { hashOfToken } from './secret-token.ts';

// The public id of a session: derived from its stored hash, useless for signing in.
export const sessionIdOf = (tokenHash: string): string => hashOfToken(`session:${tokenHash}`).slice(0, 32);

/** A person's sessions that are still open, newest first. */
export async function listSessions(
  db: Kysely<Database>,
  { userId, currentTokenHash, now }: { userId: string; currentTokenHash: string | null; now: Date },
): Promise<(SessionSummary & { tokenHash: string })[]> {
  const rows = await db
    .selectFrom('userSession')
    .selectAll()
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', now)
    .orderBy('createdAt', 'desc')
    .execute();
  return rows.map((row) => ({
    tokenHash: row.tokenHash,
    id: sessionIdOf(row.tokenHash),
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
    isCurrent: row.tokenHash === currentTokenHash,
  }));
}
