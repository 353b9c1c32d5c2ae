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
import { withTenant } from '../../db/index.ts';
import { answerWith, commandValue, runTenantCommand } from '../../http/command-route.ts';
import { decodeCursor, pageFrom } from '../../http/page-cursor.ts';
import { foundOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { branchesOf } from '../../http/tenant-scope.ts';
import { toAccount } from './account-dto.ts';
import { accountFactRoutes } from './account-facts.routes.ts';
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
      const { tenantId } = request.params;
      const { limit, cursor, q, partyId } = request.query;
      const rows = await withTenant(deps.db, tenantId, (trx) =>
        listAccounts(trx, {
          tenantId,
          limit,
          beforeId: decodeCursor(cursor, isId),
          text: q,
          partyId,
          branches: branchesOf(request, 'accounts.read'),
        }),
      );
      return pageFrom(rows, { limit, toItem: toAccount, keyOf: (row) => row.id });
    },
  );

  app.post(
    '/tenants/:tenantId/accounts',
    {
      config: { access: 'accounts.edit', command: openAccount },
      schema: {
        tags,
        summary: 'Open an account for a party',
        params: tenantPathSchema,
        body: createAccountSchema,
        response: { 201: accountSchema, ...problemResponses(400, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      answerWith(
        reply,
        await runTenantCommand(deps, request, openAccount, {
          account: request.body,
          branches: branchesOf(request, 'accounts.edit'),
        }),
        { status: 201, body: toAccount },
      ),
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
    async (request) => {
      const account = { ...request.params, branches: branchesOf(request, 'accounts.read') };
      const row = await withTenant(deps.db, account.tenantId, (trx) => findAccount(trx, account));
      return toAccount(foundOrProblem(row, 'account_not_found'));
    },
  );

  app.patch(
    '/tenants/:tenantId/accounts/:accountId',
    {
      config: { access: 'accounts.edit', command: updateAccount },
      schema: {
        tags,
        summary: 'Rename, close or reopen an account, or change how and under which account it is billed',
        params: accountPathSchema,
        body: updateAccountSchema,
        response: { 200: accountSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) =>
      toAccount(
        commandValue(
          await runTenantCommand(deps, request, updateAccount, {
            accountId: request.params.accountId,
            branches: branchesOf(request, 'accounts.edit'),
            changes: request.body,
          }),
        ),
      ),
  );

  await app.register(accountFactRoutes, { deps });
};
