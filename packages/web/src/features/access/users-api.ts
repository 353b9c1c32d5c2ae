import type { GrantScope, User } from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';
import type { Page } from '../../api/page.ts';

/** A role to hold at a scope, as POST /users and POST /users/:userId/grants take it. */
export type NewGrant = { roleId: string; scope: GrantScope };
export type NewUser = { email: string; displayName: string; password: string; grants?: NewGrant[] };
export type UserChanges = { displayName?: string; isActive?: boolean; password?: string; unlock?: true };

export const userKeys = {
  all: ['users'] as const,
  list: (q: string) => ['users', 'list', q] as const,
};

const usersPath = '/api/v1/users';
const userPath = (userId: string) => `${usersPath}/${encodeURIComponent(userId)}`;

export const listUsers = (query: { limit?: number; cursor?: string; q?: string }, signal?: AbortSignal) =>
  apiRequest<Page<User>>(usersPath, { query, signal });

export const createUser = (body: NewUser) => apiRequest<User>(usersPath, { method: 'POST', body });

export const updateUser = ({ userId, body }: { userId: string; body: UserChanges }) =>
  apiRequest<User>(userPath(userId), { method: 'PATCH', body });

export const addGrant = ({ userId, body }: { userId: string; body: NewGrant }) =>
  apiRequest<unknown>(`${userPath(userId)}/grants`, { method: 'POST', body });

export const revokeGrant = ({ userId, grantId }: { userId: string; grantId: string }) =>
  apiRequest<unknown>(`${userPath(userId)}/grants/${encodeURIComponent(grantId)}`, { method: 'DELETE' });
