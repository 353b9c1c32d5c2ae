import type { Insertable, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { UserSessionTable } from './access.tables.ts';

export type SessionRow = Selectable<UserSessionTable>;

export async function insertSession(trx: Transaction<Database>, values: Insertable<UserSessionTable>): Promise<void> {
  await trx.insertInto('userSession').values(values).execute();
}

/** A person's sessions still open at `now`, newest first. */
export async function selectOpenSessions(
  trx: Transaction<Database>,
  { userId, now }: { userId: string; now: Date },
): Promise<SessionRow[]> {
  return trx
    .selectFrom('userSession')
    .selectAll()
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', now)
    .orderBy('createdAt', 'desc')
    .execute();
}

/** Ends one session of a person. */
export async function revokeSessionRow(
  trx: Transaction<Database>,
  { userId, tokenHash, at }: { userId: string; tokenHash: string; at: Date },
): Promise<void> {
  await trx
    .updateTable('userSession')
    .set({ revokedAt: at })
    .where('tokenHash', '=', tokenHash)
    .where('userId', '=', userId)
    .execute();
}

/** Ends every open session of a person, but the one kept (the one asking for a new password). */
export async function revokeSessionsOf(
  trx: Transaction<Database>,
  { userId, at, keepTokenHash }: { userId: string; at: Date; keepTokenHash?: string | undefined },
): Promise<void> {
  let query = trx
    .updateTable('userSession')
    .set({ revokedAt: at })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null);
  if (keepTokenHash !== undefined) query = query.where('tokenHash', '<>', keepTokenHash);
  await query.execute();
}
