import type { Problem } from '@utilis/contracts';
import { ApiError } from './api-error.ts';

type QueryValue = string | number | null | undefined;

export type ApiRequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
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

export async function apiRequest<T>(path: string, { method = 'GET', query, body, signal }: ApiRequestOptions = {}) {
  let response: Response;
  try {
    response = await fetch(`${path}${toSearch(query)}`, {
      method,
      signal,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ status: 0, problem: null, reason: 'network' });
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  throw new ApiError({
    status: response.status,
    problem: isProblem(payload) ? payload : null,
    reason: isProblem(payload) ? 'problem' : 'unexpected',
  });
}
