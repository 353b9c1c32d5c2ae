import { describe, expect, it } from 'vitest';
import { afterWrongPassword, isLockedOut, sessionEndMs } from './sign-in-attempts.ts';

const policy = { maxFailedLogins: 5, lockMinutes: 15 };
const minute = 60_000;

describe('sign-in attempts', () => {
  it('counts wrong passwords and locks at the fifth for fifteen minutes, starting a new count', () => {
    let attempts = { failedLogins: 0, lockedUntilMs: null as number | null };
    for (let failure = 1; failure < 5; failure++) {
      attempts = afterWrongPassword(attempts, policy, 0);
      expect(attempts).toEqual({ failedLogins: failure, lockedUntilMs: null });
    }
    attempts = afterWrongPassword(attempts, policy, 1_000);
    expect(attempts).toEqual({ failedLogins: 0, lockedUntilMs: 1_000 + 15 * minute });
    expect(isLockedOut(attempts, 1_000 + 15 * minute - 1)).toBe(true);
    expect(isLockedOut(attempts, 1_000 + 15 * minute)).toBe(false);
  });

  it('is never locked without a lock', () => {
    expect(isLockedOut({ failedLogins: 4, lockedUntilMs: null }, 0)).toBe(false);
  });

  it('ends a session after the idle time, but never past its absolute lifetime', () => {
    const sessions = { idleMinutes: 120, absoluteHours: 12 };
    expect(sessionEndMs(sessions, { createdMs: 0, seenMs: 0 })).toBe(120 * minute);
    expect(sessionEndMs(sessions, { createdMs: 0, seenMs: 11 * 60 * minute })).toBe(12 * 60 * minute);
  });
});
