import {
  createGrantSchema,
  createUserSchema,
  grantPathSchema,
  grantSchema,
  idSchema,
  pageOf,
  updateUserSchema,
  userPathSchema,
  userQuerySchema,
  userSchema,
} from '@utilis/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeCursor } from '../http/page-cursor.ts';
import { requirePrincipal } from '../http/principal.ts';
import { foundOrProblem, ProblemError, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { addGrant } from './add-grant.ts';
import { checkGrantable } from './check-grantable.ts';
import { createUser } from './create-user.ts';
import { findManagedUser } from './find-managed-user.ts';
import { listUsers } from './list-users.ts';
import { revokeGrant } from './revoke-grant.ts';
import { updateUser } from './update-user.ts';
import { userManagerOf } from './user-manager.ts';

const tags = ['access'];
const isEmailKey = (key: string) => key.length > 0 && key.length <= 254 && !key.includes('\u0000');

/**
 * Staff users. A manager sees the users holding a grant within the scopes where they manage
 * users, changes those whose every grant lies there, and grants only within them.
 */
export const userRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const managerOf = (request: FastifyRequest) => userManagerOf(deps.db, requirePrincipal(request));
  const nowDate = () => new Date(deps.now().epochMilliseconds);
  const userIdOf = (request: FastifyRequest) => idSchema.parse((request.params as { userId?: unknown }).userId);
  // The user as the manager sees them, for the audit trail's "before".
  const managedUser = async (request: FastifyRequest) =>
    (await findManagedUser(deps.db, await managerOf(request), { userId: userIdOf(request), now: nowDate() }))?.user ??
    null;

  app.get(
    '/users',
    {
      config: { access: 'access.users.manage' },
      schema: {
        tags,
        summary: 'List the users you manage in e-mail order',
        querystring: userQuerySchema,
        response: { 200: pageOf(userSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, cursor, q } = request.query;
      return listUsers(deps, await managerOf(request), {
        limit,
        afterEmail: decodeCursor(cursor, isEmailKey),
        text: q,
      });
    },
  );

  app.post(
    '/users',
    {
      config: { access: 'access.users.manage', audit: { action: 'user.create', entity: 'user' } },
      schema: {
        tags,
        summary: 'Create a user with a password and roles',
        description: 'Outside the whole deployment, a manager must grant at least one role within their scope.',
        body: createUserSchema,
        response: { 201: userSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const manager = await managerOf(request);
      const grants = request.body.grants ?? [];
      // A user with no grant in the manager's scope would vanish from their sight at once.
      if (!manager.isDeploymentWide && grants.length === 0) {
        throw new ProblemError('validation_failed', undefined, [
          { path: 'body.grants', code: 'too_small', message: 'Grant at least one role within your scope' },
        ]);
      }
      for (const grant of grants) valueOrProblem(await checkGrantable(deps.db, manager, grant));
      const created = valueOrProblem(await createUser(deps, request.body, manager.principal.id));
      const found = await findManagedUser(deps.db, manager, { userId: created.id, now: nowDate() });
      if (!found) throw new Error(`User ${created.id} is out of sight of the manager who created it`);
      return reply.code(201).send(found.user);
    },
  );

  app.get(
    '/users/:userId',
    {
      config: { access: 'access.users.manage' },
      schema: {
        tags,
        summary: 'Get a user with the grants you manage',
        params: userPathSchema,
        response: { 200: userSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const found = await findManagedUser(deps.db, await managerOf(request), {
        userId: request.params.userId,
        now: nowDate(),
      });
      return foundOrProblem(found, 'user_not_found').user;
    },
  );

  app.patch(
    '/users/:userId',
    {
      config: {
        access: 'access.users.manage',
        audit: { action: 'user.update', entity: 'user', before: async (request) => managedUser(request) },
      },
      schema: {
        tags,
        summary: 'Rename, deactivate or reactivate a user, set a new password, or clear a lockout',
        description: 'Deactivation and a new password sign the user out everywhere.',
        params: userPathSchema,
        body: updateUserSchema,
        response: { 200: userSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      valueOrProblem(
        await updateUser(deps, {
          manager: await managerOf(request),
          userId: request.params.userId,
          changes: request.body,
        }),
      ),
  );

  app.post(
    '/users/:userId/grants',
    {
      config: {
        access: 'access.users.manage',
        audit: { action: 'user.grant_role', entity: 'user', entityId: (request) => userIdOf(request) },
      },
      schema: {
        tags,
        summary: 'Grant a role at a scope within yours',
        params: userPathSchema,
        body: createGrantSchema,
        response: { 200: grantSchema, 201: grantSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const added = valueOrProblem(
        await addGrant(deps, { manager: await managerOf(request), userId: request.params.userId, grant: request.body }),
      );
      return reply.code(added.isNew ? 201 : 200).send(added.grant);
    },
  );

  app.delete(
    '/users/:userId/grants/:grantId',
    {
      config: {
        access: 'access.users.manage',
        audit: {
          action: 'user.revoke_grant',
          entity: 'user',
          entityId: (request) => userIdOf(request),
          before: async (request) => managedUser(request),
        },
      },
      schema: {
        tags,
        summary: 'Revoke a grant (it is kept, stamped with when it ended)',
        params: grantPathSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      valueOrProblem(await revokeGrant(deps, { manager: await managerOf(request), ...request.params }));
      return reply.code(204).send(null);
    },
  );
};
