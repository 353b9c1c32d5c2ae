import type { Problem } from '@utilis/contracts';
import { ApiError } from './api-error.ts';

type QueryValue = string | number | null | undefined;

export type ApiRequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
};

// The session's CSRF token lives in memory only: a script on another origin can read neither it nor the cookie.
let csrfToken: string | null = null;

/** Sets the token every write echoes in X-CSRF-Token; null once signed out. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

const sessionEndedListeners = new Set<() => void>();

/** Called when the server answers that the session is gone (expired, revoked, or the user deactivated). */
export const onSessionEnded = (listener: () => void) => {
  sessionEndedListeners.add(listener);
  return () => {
    sessionEndedListeners.delete(listener);
  };
};

const toSearch = (query: Record<string, QueryValue> | undefined) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
};

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'code' in value && 'status' in value;

const headersFor = (method: string, hasBody: boolean) => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (hasBody) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
};

export async function apiRequest<T>(path: string, { method = 'GET', query, body, signal }: ApiRequestOptions = {}) {
  let response: Response;
  try {
    response = await fetch(`${path}${toSearch(query)}`, {
      method,
      signal,
      headers: headersFor(method, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ status: 0, problem: null, reason: 'network' });
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  const problem = isProblem(payload) ? payload : null;
  if (csrfToken && (problem?.code === 'not_authenticated' || problem?.code === 'session_expired')) {
    for (const listener of sessionEndedListeners) listener();
  }
  throw new ApiError({ status: response.status, problem, reason: problem ? 'problem' : 'unexpected' });
}
