import type {} from '@fastify/cookie';
import type {} from '@fastify/rate-limit';
import {
  changePasswordSchema,
  loginSchema,
  sessionPathSchema,
  sessionSchema,
  sessionSummarySchema,
} from '@utilis/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditActor } from '../audit/index.ts';
import { requirePrincipal } from '../http/principal.ts';
import { ProblemError, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { type SessionPolicy, sessionCookie } from './authenticate.ts';
import { changePassword } from './change-password.ts';
import { listSessions } from './list-sessions.ts';
import { type LockoutPolicy, logIn } from './log-in.ts';
import { sessionOf } from './session-of.ts';

export interface AuthOptions extends RouteOptions {
  security: { session: SessionPolicy; lockout: LockoutPolicy; isCookieSecure: boolean; loginAttemptsPerMinute: number };
}

const tags = ['access'];

// Nobody is signed in yet: the actor is the user the session opened for, else the e-mail tried.
function signInActor(request: FastifyRequest, response: unknown): AuditActor {
  const session = sessionSchema.safeParse(response);
  if (session.success) return { kind: 'user', id: session.data.user.id, label: session.data.user.email };
  const attempt = loginSchema.safeParse(request.body);
  return { kind: 'user', id: null, label: attempt.success ? attempt.data.email.toLowerCase() : 'unknown' };
}

const signedInUser = (request: FastifyRequest) => requirePrincipal(request).id;

export const authRoutes: FastifyPluginAsyncZod<AuthOptions> = async (app, { deps, security }) => {
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(sessionCookie, token, {
      path: '/',
      httpOnly: true,
      secure: security.isCookieSecure,
      sameSite: 'strict',
      maxAge: security.session.absoluteHours * 3600,
    });

  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        audit: {
          action: 'session.sign_in',
          entity: 'user',
          refusedAction: 'session.sign_in_failed',
          actor: signInActor,
          entityId: (request, response) => signInActor(request, response).id,
        },
        rateLimit: {
          max: security.loginAttemptsPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request) => `login:${request.ip}`,
        },
      },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: loginSchema,
        response: { 200: sessionSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const signedIn = valueOrProblem(
        await logIn(
          deps,
          { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
          security,
        ),
      );
      setSessionCookie(reply, signedIn.token);
      return signedIn.session;
    },
  );

  app.post(
    '/auth/logout',
    {
      config: {
        access: 'signed_in',
        audit: { action: 'session.sign_out', entity: 'user', entityId: signedInUser },
      },
      schema: { tags, summary: 'End this session', response: { 204: z.null(), ...problemResponses(401, 403) } },
    },
    async (request, reply) => {
      const { session } = requirePrincipal(request);
      if (session) {
        await deps.db
          .updateTable('userSession')
          .set({ revokedAt: new Date(deps.now().epochMilliseconds) })
          .where('tokenHash', '=', session.tokenHash)
          .execute();
      }
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/session',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Who is signed in and what they hold',
        response: { 200: sessionSchema, ...problemResponses(401) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const token = request.cookies[sessionCookie];
      if (principal.kind !== 'user' || !principal.session || !token) throw new ProblemError('not_authenticated');
      return sessionOf(deps.db, { userId: principal.id, sessionToken: token, expiresAt: principal.session.expiresAt });
    },
  );

  app.post(
    '/auth/password',
    {
      config: {
        access: 'signed_in',
        audit: { action: 'user.change_password', entity: 'user', entityId: signedInUser },
        rateLimit: { max: security.loginAttemptsPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary: 'Change your password; your other sessions end',
        body: changePasswordSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      if (principal.kind !== 'user' || !principal.session) throw new ProblemError('not_authenticated');
      valueOrProblem(
        await changePassword(deps, {
          userId: principal.id,
          keepSessionHash: principal.session.tokenHash,
          currentPassword: request.body.currentPassword,
          newPassword: request.body.newPassword,
        }),
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/sessions',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Your open sessions (browsers signed in as you)',
        response: { 200: z.object({ items: z.array(sessionSummarySchema) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      if (principal.kind !== 'user') throw new ProblemError('permission_denied', 'An API key has no sessions');
      const sessions = await listSessions(deps.db, {
        userId: principal.id,
        currentTokenHash: principal.session?.tokenHash ?? null,
        now: new Date(deps.now().epochMilliseconds),
      });
      return { items: sessions.map(({ tokenHash: _, ...summary }) => summary) };
    },
  );

  app.delete(
    '/auth/sessions/:sessionId',
    {
      config: { access: 'signed_in', audit: { action: 'session.revoke', entity: 'session' } },
      schema: {
        tags,
        summary: 'Sign out one of your sessions, e.g. a browser left signed in elsewhere',
        params: sessionPathSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      if (principal.kind !== 'user') throw new ProblemError('permission_denied', 'An API key has no sessions');
      const now = new Date(deps.now().epochMilliseconds);
      const sessions = await listSessions(deps.db, { userId: principal.id, currentTokenHash: null, now });
      const session = sessions.find((each) => each.id === request.params.sessionId);
      if (!session) throw new ProblemError('session_not_found');
      await deps.db
        .updateTable('userSession')
        .set({ revokedAt: now })
        .where('tokenHash', '=', session.tokenHash)
        .where('userId', '=', principal.id)
        .execute();
      return reply.code(204).send(null);
    },
  );
};
