import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '@utilis/contracts';
import { ApiError } from '../../api/api-error.ts';
import { apiRequest, setCsrfToken } from '../../api/api-request.ts';

export const sessionKeys = {
  current: ['session'] as const,
};

/** Everything cached belongs to the person who asked for it: the next person starts from nothing. */
export const forgetOtherQueries = (queryClient: QueryClient) =>
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.current[0] });

/** Who is signed in; `session` is null when no one is, and `hasExpired` says whether someone was. */
export type SessionState = { session: Session | null; hasExpired: boolean };

/**
 * Asks who is signed in. No one is an answer of its own (null), not an error the browser would
 * log on every fresh page; a session that has ended is refused (401) and said so once.
 */
export async function fetchSession(signal?: AbortSignal): Promise<SessionState> {
  try {
    const session = await apiRequest<Session | null>('/api/v1/auth/session', { signal });
    setCsrfToken(session?.csrfToken ?? null);
    return { session, hasExpired: false };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    setCsrfToken(null);
    return { session: null, hasExpired: error.problem?.code === 'session_expired' };
  }
}

export async function logIn(body: { email: string; password: string }): Promise<Session> {
  const session = await apiRequest<Session>('/api/v1/auth/login', { method: 'POST', body });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logOut(): Promise<void> {
  try {
    await apiRequest<null>('/api/v1/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}

export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  apiRequest<null>('/api/v1/auth/password', { method: 'POST', body });
