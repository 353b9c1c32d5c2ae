import {
  accountPathSchema,
  accountQuerySchema,
  accountSchema,
  createAccountSchema,
  idSchema,
  pageOf,
  tenantPathSchema,
  updateAccountSchema,
} from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { branchesOf, tenantOf } from '../../access/index.ts';
import { decodeCursor } from '../../http/page-cursor.ts';
import { foundOrProblem, ProblemError, valueOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { accountDatedListRoutes } from './account-dated-lists.routes.ts';
import { findAccount } from './find-account.ts';
import { listAccounts } from './list-accounts.ts';
import { openAccount } from './open-account.ts';
import { updateAccount } from './update-account.ts';

const tags = ['accounts'];
const isId = (key: string) => idSchema.safeParse(key).success;

export const accountRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/tenants/:tenantId/accounts',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: "List a tenant's accounts, newest first",
        params: tenantPathSchema,
        querystring: accountQuerySchema,
        response: { 200: pageOf(accountSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { limit, cursor, q, partyId } = request.query;
      return listAccounts(deps, {
        tenantId: request.params.tenantId,
        limit,
        beforeId: decodeCursor(cursor, isId),
        text: q,
        partyId,
        branches: branchesOf(request, 'accounts.read'),
      });
    },
  );

  app.post(
    '/tenants/:tenantId/accounts',
    {
      config: { access: 'accounts.edit', audit: { action: 'account.open', entity: 'account' } },
      schema: {
        tags,
        summary: 'Open an account for a party',
        params: tenantPathSchema,
        body: createAccountSchema,
        response: { 201: accountSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const branches = branchesOf(request, 'accounts.edit');
      const branchCode = request.body.branchCode ?? (branches?.size === 1 ? [...branches][0] : undefined);
      if (branches && (branchCode === undefined || !branches.has(branchCode))) {
        throw new ProblemError('permission_denied', `You may open accounts only in branch ${[...branches].join(', ')}`);
      }
      const input = branchCode === undefined ? request.body : { ...request.body, branchCode };
      return reply.code(201).send(valueOrProblem(await openAccount(deps, tenantOf(request), input)));
    },
  );

  app.get(
    '/tenants/:tenantId/accounts/:accountId',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: 'Get an account',
        params: accountPathSchema,
        response: { 200: accountSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      foundOrProblem(
        await findAccount(deps, { ...request.params, branches: branchesOf(request, 'accounts.read') }),
        'account_not_found',
      ),
  );

  app.patch(
    '/tenants/:tenantId/accounts/:accountId',
    {
      config: {
        access: 'accounts.edit',
        audit: {
          action: 'account.update',
          entity: 'account',
          before: (request) =>
            findAccount(deps, {
              ...accountPathSchema.parse(request.params),
              branches: branchesOf(request, 'accounts.edit'),
            }),
        },
      },
      schema: {
        tags,
        summary: 'Rename, close or reopen an account, or change how and under which account it is billed',
        params: accountPathSchema,
        body: updateAccountSchema,
        response: { 200: accountSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) =>
      valueOrProblem(
        await updateAccount(deps, {
          ...request.params,
          changes: request.body,
          branches: branchesOf(request, 'accounts.edit'),
        }),
      ),
  );

  await app.register(accountDatedListRoutes, { deps });
};
