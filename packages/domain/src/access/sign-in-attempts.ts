/** After how many wrong passwords in a row an account locks, and for how long. */
export interface LockoutPolicy {
  readonly maxFailedLogins: number;
  readonly lockMinutes: number;
}

/** How long a session lives: idle time since it was last seen, and an absolute lifetime. */
export interface SessionPolicy {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
}

/** A person's run of wrong passwords and the lock it earned; instants in epoch milliseconds. */
export interface SignInAttempts {
  readonly failedLogins: number;
  readonly lockedUntilMs: number | null;
}

/** True while a lock holds: even the right password is refused. */
export const isLockedOut = (attempts: SignInAttempts, nowMs: number): boolean =>
  attempts.lockedUntilMs !== null && attempts.lockedUntilMs > nowMs;

/**
 * The attempts after one more wrong password: the failure that reaches the policy's limit locks
 * the account and starts a new count, so the next run after the lock may again reach the limit.
 */
export function afterWrongPassword(attempts: SignInAttempts, policy: LockoutPolicy, nowMs: number): SignInAttempts {
  const failures = attempts.failedLogins + 1;
  if (failures < policy.maxFailedLogins) return { failedLogins: failures, lockedUntilMs: attempts.lockedUntilMs };
  return { failedLogins: 0, lockedUntilMs: nowMs + policy.lockMinutes * 60_000 };
}

/** When a session seen at `seenMs` ends: idle time from then, never past its absolute lifetime. */
export const sessionEndMs = (policy: SessionPolicy, { createdMs, seenMs }: { createdMs: number; seenMs: number }) =>
  Math.min(seenMs + policy.idleMinutes * 60_000, createdMs + policy.absoluteHours * 3_600_000);
