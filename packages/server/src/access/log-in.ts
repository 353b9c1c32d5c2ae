import type { Session } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import type { SessionPolicy } from './authenticate.ts';
import { verifyAgainstDecoy, verifyPassword } from './password-hashing.ts';
import { hashOfToken, newSecretToken } from './secret-token.ts';
import { sessionOf } from './session-of.ts';
import { csrfTokenOf } from './session-tokens.ts';

export interface LockoutPolicy {
  readonly maxFailedLogins: number;
  readonly lockMinutes: number;
}

/**
 * Checks a password and opens a server-side session. Every refusal looks the same from
 * outside (unknown e-mail, wrong password, locked, deactivated), so it tells an attacker nothing.
 */
export async function logIn(
  deps: UseCaseDeps,
  attempt: { email: string; password: string; ip: string | null; userAgent: string | null },
  { session: sessionPolicy, lockout }: { session: SessionPolicy; lockout: LockoutPolicy },
): Promise<Result<{ token: string; session: Session }, 'invalid_credentials'>> {
  const { db } = deps;
  const now = new Date(deps.now().epochMilliseconds);
  const user = await db
    .selectFrom('appUser')
    .selectAll()
    .where('email', '=', attempt.email.toLowerCase())
    .executeTakeFirst();
  if (!user) {
    await verifyAgainstDecoy(attempt.password);
    return fail('invalid_credentials');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await verifyAgainstDecoy(attempt.password);
    return fail('invalid_credentials');
  }
  const isRight = await verifyPassword(user.passwordHash, attempt.password);
  if (!isRight) {
    const failures = user.failedLogins + 1;
    const isLocking = failures >= lockout.maxFailedLogins;
    await db
      .updateTable('appUser')
      .set({
        failedLogins: isLocking ? 0 : failures,
        lockedUntil: isLocking ? new Date(now.getTime() + lockout.lockMinutes * 60_000) : user.lockedUntil,
      })
      .where('id', '=', user.id)
      .execute();
    return fail('invalid_credentials');
  }
  if (!user.isActive) return fail('invalid_credentials');
  if (user.failedLogins > 0 || user.lockedUntil) {
    await db.updateTable('appUser').set({ failedLogins: 0, lockedUntil: null }).where('id', '=', user.id).execute();
  }
  const token = newSecretToken();
  const expiresAt = new Date(
    Math.min(
      now.getTime() + sessionPolicy.idleMinutes * 60_000,
      now.getTime() + sessionPolicy.absoluteHours * 3_600_000,
    ),
  );
  await db
    .insertInto('userSession')
    .values({
      tokenHash: hashOfToken(token),
      userId: user.id,
      csrfTokenHash: hashOfToken(csrfTokenOf(token)),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
      ip: attempt.ip,
      userAgent: attempt.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return ok({ token, session: await sessionOf(db, { userId: user.id, sessionToken: token, expiresAt }) });
}
