import {
  createGrantSchema,
  createUserSchema,
  grantPathSchema,
  grantSchema,
  pageOf,
  updateUserSchema,
  userPathSchema,
  userQuerySchema,
  userSchema,
} from '@utilis/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/index.ts';
import { answerWith, commandValue, runDeploymentCommand } from '../http/command-route.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { requirePrincipal } from '../http/principal.ts';
import { foundOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { addGrant } from './add-grant.ts';
import { createUser } from './create-user.ts';
import { findManagedUser } from './find-managed-user.ts';
import { listUsers } from './list-users.ts';
import { revokeGrant } from './revoke-grant.ts';
import { updateUser } from './update-user.ts';
import { toGrant, toUser } from './user-dto.ts';
import { userManagerOf } from './user-manager.ts';

const tags = ['access'];
const isEmailKey = (key: string) => key.length > 0 && key.length <= 254 && !key.includes('\u0000');

/**
 * Staff users. A manager sees the users holding a grant within the scopes where they manage
 * users, changes those whose every grant lies there, and grants only within them.
 */
export const userRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  // The person or key asking, as a manager of users, for reads (commands read their actor's grants themselves).
  const managerOf = (trx: Transaction<Database>, request: FastifyRequest) => {
    const principal = requirePrincipal(request);
    return userManagerOf(trx, principal, principal.grants);
  };
  const nowDate = () => new Date(deps.now().epochMilliseconds);

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
      const page = { limit, afterEmail: decodeCursor(cursor, isEmailKey), text: q, at: nowDate() };
      return deps.db.transaction().execute(async (trx) => listUsers(trx, await managerOf(trx, request), page));
    },
  );

  app.post(
    '/users',
    {
      config: { access: 'access.users.manage', command: createUser },
      schema: {
        tags,
        summary: 'Create a user with a password and roles',
        description: 'Outside the whole deployment, a manager must grant at least one role within their scope.',
        body: createUserSchema,
        response: { 201: userSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      answerWith(reply, await runDeploymentCommand(deps, request, createUser, request.body), {
        status: 201,
        body: toUser,
      }),
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
      const found = await deps.db
        .transaction()
        .execute(async (trx) =>
          findManagedUser(trx, await managerOf(trx, request), { userId: request.params.userId, at: nowDate() }),
        );
      return toUser(foundOrProblem(found, 'user_not_found').view);
    },
  );

  app.patch(
    '/users/:userId',
    {
      config: { access: 'access.users.manage', command: updateUser },
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
      toUser(
        commandValue(
          await runDeploymentCommand(deps, request, updateUser, {
            userId: request.params.userId,
            changes: request.body,
          }),
        ),
      ),
  );

  app.post(
    '/users/:userId/grants',
    {
      config: { access: 'access.users.manage', command: addGrant },
      schema: {
        tags,
        summary: 'Grant a role at a scope within yours',
        params: userPathSchema,
        body: createGrantSchema,
        response: { 200: grantSchema, 201: grantSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const added = commandValue(
        await runDeploymentCommand(deps, request, addGrant, { userId: request.params.userId, grant: request.body }),
      );
      return reply.code(added.isNew ? 201 : 200).send(toGrant(added.grant));
    },
  );

  app.delete(
    '/users/:userId/grants/:grantId',
    {
      config: { access: 'access.users.manage', command: revokeGrant },
      schema: {
        tags,
        summary: 'Revoke a grant (it is kept, stamped with when it ended)',
        params: grantPathSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      commandValue(await runDeploymentCommand(deps, request, revokeGrant, request.params));
      return reply.code(204).send(null);
    },
  );
};
