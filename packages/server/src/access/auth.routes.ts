import type {} from '@fastify/cookie';
import type {} from '@fastify/rate-limit';
import {
  changePasswordSchema,
  loginSchema,
  sessionPathSchema,
  sessionSchema,
  sessionSummarySchema,
} from '@utilis/contracts';
import type { LockoutPolicy, SessionPolicy } from '@utilis/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandValue, runDeploymentCommand } from '../http/command-route.ts';
import { requirePrincipal } from '../http/principal.ts';
import { ProblemError } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { sessionCookie } from './authenticate.ts';
import { changePassword } from './change-password.ts';
import { listSessions } from './list-sessions.ts';
import { logIn } from './log-in.ts';
import { logOut } from './log-out.ts';
import { revokeSession } from './revoke-session.ts';
import { toSession } from './session-dto.ts';
import { sessionOf } from './session-of.ts';

export interface AuthOptions extends RouteOptions {
  security: { session: SessionPolicy; lockout: LockoutPolicy; isCookieSecure: boolean; loginAttemptsPerMinute: number };
}

const tags = ['access'];

export const authRoutes: FastifyPluginAsyncZod<AuthOptions> = async (app, { deps, security }) => {
  const signIn = logIn(security);
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
        command: signIn,
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
      const outcome = commandValue(
        await runDeploymentCommand(deps, request, signIn, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        }),
      );
      // The refusal is recorded and its failed attempt counted; the answer says no more than that.
      if (!outcome.isSignedIn) throw new ProblemError('invalid_credentials');
      setSessionCookie(reply, outcome.token);
      return toSession(outcome);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'signed_in', command: logOut },
      schema: { tags, summary: 'End this session', response: { 204: z.null(), ...problemResponses(401, 403) } },
    },
    async (request, reply) => {
      const { id, session } = requirePrincipal(request);
      commandValue(
        await runDeploymentCommand(deps, request, logOut, { userId: id, tokenHash: session?.tokenHash ?? null }),
      );
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
      const { expiresAt } = principal.session;
      return deps.db
        .transaction()
        .execute((trx) => sessionOf(trx, { userId: principal.id, sessionToken: token, expiresAt }));
    },
  );

  app.post(
    '/auth/password',
    {
      config: {
        access: 'signed_in',
        command: changePassword,
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
      commandValue(
        await runDeploymentCommand(deps, request, changePassword, {
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
      const query = {
        userId: principal.id,
        currentTokenHash: principal.session?.tokenHash ?? null,
        now: new Date(deps.now().epochMilliseconds),
      };
      return { items: await deps.db.transaction().execute((trx) => listSessions(trx, query)) };
    },
  );

  app.delete(
    '/auth/sessions/:sessionId',
    {
      config: { access: 'signed_in', command: revokeSession },
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
      commandValue(
        await runDeploymentCommand(deps, request, revokeSession, {
          userId: principal.id,
          sessionId: request.params.sessionId,
        }),
      );
      return reply.code(204).send(null);
    },
  );
};
