import type {} from '@fastify/cookie';
import { type SessionPolicy, sessionEndMs } from '@utilis/domain';
import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { Principal } from '../http/principal.ts';
import { ProblemError } from '../http/problem-error.ts';
import { loadGrants } from './load-grants.ts';
import { hashOfToken, tokenMatches } from './secret-token.ts';

export const sessionCookie = 'utilis_session';
export const csrfCookie = 'utilis_csrf';
export const apiKeyPattern = /^utk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export type { SessionPolicy } from '@utilis/domain';

// Last-seen and last-used times are written at most this often, not on every request.
const touchEveryMs = 60_000;

/**
 * The principal behind a request's API key or session cookie; a problem when there is none.
 * Touching a session's last-seen time (or a key's last use) is bookkeeping, not a change anyone
 * makes: it is written here, on the caller's transaction, and never audited.
 */
export async function authenticate(
  trx: Transaction<Database>,
  request: FastifyRequest,
  { now, policy }: { now: Date; policy: SessionPolicy },
): Promise<Principal> {
  const authorization = request.headers.authorization;
  if (authorization) return authenticateKey(trx, authorization, now);
  const token = request.cookies[sessionCookie];
  if (!token) throw new ProblemError('not_authenticated');
  return authenticateSession(trx, token, { now, policy });
}

async function authenticateKey(trx: Transaction<Database>, authorization: string, now: Date): Promise<Principal> {
  const match = apiKeyPattern.exec(authorization.replace(/^Bearer\s+/i, ''));
  if (!match?.[1] || !match[2]) throw new ProblemError('invalid_api_key');
  const key = await trx
    .selectFrom('apiKey')
    .innerJoin('role', 'role.id', 'apiKey.roleId')
    .select([
      'apiKey.id',
      'apiKey.tenantId',
      'apiKey.name',
      'apiKey.secretHash',
      'apiKey.revokedAt',
      'apiKey.lastUsedAt',
      'role.permissions',
    ])
    .where('apiKey.prefix', '=', match[1])
    .executeTakeFirst();
  if (!key || key.revokedAt !== null || !tokenMatches(match[2], key.secretHash))
    throw new ProblemError('invalid_api_key');
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > touchEveryMs) {
    await trx
      .updateTable('apiKey')
      .set({ lastUsedAt: now })
      .where('id', '=', key.id)
      .where('tenantId', '=', key.tenantId)
      .execute();
  }
  return {
    kind: 'api_key',
    id: key.id,
    label: `key ${key.name}`,
    grants: [
      { scope: 'tenant', tenantGroupId: null, tenantId: key.tenantId, branchCode: null, permissions: key.permissions },
    ],
    session: null,
  };
}

async function authenticateSession(
  trx: Transaction<Database>,
  token: string,
  { now, policy }: { now: Date; policy: SessionPolicy },
): Promise<Principal> {
  const tokenHash = hashOfToken(token);
  const session = await trx
    .selectFrom('userSession')
    .innerJoin('appUser', 'appUser.id', 'userSession.userId')
    .select([
      'userSession.tokenHash',
      'userSession.csrfTokenHash',
      'userSession.createdAt',
      'userSession.lastSeenAt',
      'userSession.expiresAt',
      'userSession.revokedAt',
      'appUser.id as userId',
      'appUser.email',
      'appUser.isActive',
    ])
    .where('userSession.tokenHash', '=', tokenHash)
    .executeTakeFirst();
  if (!session) throw new ProblemError('not_authenticated');
  if (session.revokedAt !== null || session.expiresAt <= now || !session.isActive)
    throw new ProblemError('session_expired');
  let expiresAt = session.expiresAt;
  if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
    expiresAt = new Date(sessionEndMs(policy, { createdMs: session.createdAt.getTime(), seenMs: now.getTime() }));
    await trx
      .updateTable('userSession')
      .set({ lastSeenAt: now, expiresAt })
      .where('tokenHash', '=', tokenHash)
      .execute();
  }
  return {
    kind: 'user',
    id: session.userId,
    label: session.email,
    grants: await loadGrants(trx, session.userId),
    session: { tokenHash, csrfTokenHash: session.csrfTokenHash, expiresAt },
  };
}
