import {
  afterWrongPassword,
  isLockedOut,
  type LockoutPolicy,
  ok,
  type SessionPolicy,
  sessionEndMs,
} from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { liveGrantsOf } from './grant.sql.ts';
import { verifyAgainstDecoy, verifyPassword } from './password-hashing.ts';
import { hashOfToken, newSecretToken } from './secret-token.ts';
import { insertSession } from './session.sql.ts';
import { type SessionFacts, toSession } from './session-dto.ts';
import { csrfTokenOf } from './session-tokens.ts';
import { selectUserByEmailForUpdate, updateUserRow } from './user.sql.ts';

export type { LockoutPolicy } from '@utilis/domain';

export interface SignInAttempt {
  readonly email: string;
  readonly password: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** A session opened (its token goes into the cookie, never into the audit trail), or a refusal. */
export type SignInOutcome = ({ readonly isSignedIn: true } & SessionFacts) | { readonly isSignedIn: false };

const refused: SignInOutcome = { isSignedIn: false };

/**
 * Checks a password and opens a server-side session. Every refusal looks the same from outside
 * (unknown e-mail, wrong password, locked, deactivated), so it tells an attacker nothing. A
 * refusal is a value, not a failure: its failed-attempt count and lock must commit, and it is
 * recorded as session.sign_in_failed, by the e-mail tried.
 */
export const logIn = ({ session: sessionPolicy, lockout }: { session: SessionPolicy; lockout: LockoutPolicy }) =>
  defineCommand<SignInAttempt, SignInOutcome, never, null>({
    name: 'session.sign_in',
    entity: 'user',
    permission: 'public',
    auditedAs: (outcome) => (outcome.isSignedIn ? 'session.sign_in' : 'session.sign_in_failed'),
    // Nobody is signed in yet: the actor is the user the session opened for, else the e-mail tried.
    actor: (attempt, outcome) =>
      outcome.isSignedIn
        ? { kind: 'user', id: outcome.user.id, label: outcome.user.email }
        : { kind: 'user', id: null, label: attempt.email.toLowerCase() },
    entityId: (_attempt, outcome) => (outcome.isSignedIn ? outcome.user.id : null),
    audited: (outcome) => (outcome.isSignedIn ? toSession(outcome) : null),
    execute: async ({ trx, now }, attempt) => {
      const nowMs = now().epochMilliseconds;
      // Locked: two attempts at once count both failures, and a lock set by one holds for the other.
      const user = await selectUserByEmailForUpdate(trx, attempt.email);
      if (!user) {
        await verifyAgainstDecoy(attempt.password);
        return ok(refused);
      }
      const attempts = { failedLogins: user.failedLogins, lockedUntilMs: user.lockedUntil?.getTime() ?? null };
      if (isLockedOut(attempts, nowMs)) {
        await verifyAgainstDecoy(attempt.password);
        return ok(refused);
      }
      if (!(await verifyPassword(user.passwordHash, attempt.password))) {
        const after = afterWrongPassword(attempts, lockout, nowMs);
        await updateUserRow(trx, user.id, {
          failedLogins: after.failedLogins,
          lockedUntil: after.lockedUntilMs === null ? null : new Date(after.lockedUntilMs),
        });
        return ok(refused);
      }
      if (!user.isActive) return ok(refused);
      if (user.failedLogins > 0 || user.lockedUntil) {
        await updateUserRow(trx, user.id, { failedLogins: 0, lockedUntil: null });
      }
      const token = newSecretToken();
      const createdAt = new Date(nowMs);
      const expiresAt = new Date(sessionEndMs(sessionPolicy, { createdMs: nowMs, seenMs: nowMs }));
      await insertSession(trx, {
        tokenHash: hashOfToken(token),
        userId: user.id,
        csrfTokenHash: hashOfToken(csrfTokenOf(token)),
        createdAt,
        lastSeenAt: createdAt,
        expiresAt,
        revokedAt: null,
        ip: attempt.ip,
        userAgent: attempt.userAgent?.slice(0, 300) ?? null,
      });
      return ok({
        isSignedIn: true,
        user: { id: user.id, email: user.email, displayName: user.displayName },
        grants: await liveGrantsOf(trx, [user.id]),
        token,
        expiresAt,
      });
    },
  });
