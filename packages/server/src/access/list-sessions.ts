import type { SessionSummary } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { selectOpenSessions } from './session.sql.ts';
import { sessionIdOf } from './session-tokens.ts';

/** A person's sessions that are still open, newest first; the token is never shown. */
export async function listSessions(
  trx: Transaction<Database>,
  { userId, currentTokenHash, now }: { userId: string; currentTokenHash: string | null; now: Date },
): Promise<SessionSummary[]> {
  const rows = await selectOpenSessions(trx, { userId, now });
  return rows.map((row) => ({
    id: sessionIdOf(row.tokenHash),
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
    isCurrent: row.tokenHash === currentTokenHash,
  }));
}
