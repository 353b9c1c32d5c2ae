import {
  accountBenefitListSchema,
  accountPathSchema,
  accountProtectionListSchema,
  householdPersonListSchema,
  replaceAccountBenefitsSchema,
  replaceAccountProtectionsSchema,
  replaceHouseholdPersonsSchema,
} from '@utilis/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { branchesOf } from '../../access/index.ts';
import { foundOrProblem, valueOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { listAccountBenefits, replaceAccountBenefits } from './account-benefits.ts';
import { listAccountProtections, replaceAccountProtections } from './account-protections.ts';
import { listHouseholdPersons, replaceHouseholdPersons } from './household-persons.ts';

const tags = ['accounts'];
const replacing = 'entries with an id are kept and changed, new ones added, missing ones removed';

/**
 * The dated lists of an account: household persons, protection periods, benefits. Each is
 * read whole and set whole, so one form edits it and the audit trail keeps before and after.
 */
export const accountDatedListRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const accountOf = (request: FastifyRequest, permission: 'accounts.read' | 'accounts.edit') => ({
    ...accountPathSchema.parse(request.params),
    branches: branchesOf(request, permission),
  });
  const listed = <Item>(items: Item[] | undefined) => items && { items };

  app.get(
    '/tenants/:tenantId/accounts/:accountId/household-persons',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: 'List the people of the household, each with the days they lived there',
        params: accountPathSchema,
        response: { 200: householdPersonListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      foundOrProblem(
        listed(await listHouseholdPersons(deps, accountOf(request, 'accounts.read'))),
        'account_not_found',
      ),
  );

  app.put(
    '/tenants/:tenantId/accounts/:accountId/household-persons',
    {
      config: {
        access: 'accounts.edit',
        audit: {
          action: 'account.household.replace',
          entity: 'account',
          before: async (request) => listed(await listHouseholdPersons(deps, accountOf(request, 'accounts.edit'))),
        },
      },
      schema: {
        tags,
        summary: `Set the people of the household: ${replacing}`,
        params: accountPathSchema,
        body: replaceHouseholdPersonsSchema,
        response: { 200: householdPersonListSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => ({
      items: valueOrProblem(await replaceHouseholdPersons(deps, accountOf(request, 'accounts.edit'), request.body)),
    }),
  );

  app.get(
    '/tenants/:tenantId/accounts/:accountId/protections',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: 'List the periods the account is protected from disconnection or its holder vulnerable',
        params: accountPathSchema,
        response: { 200: accountProtectionListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      foundOrProblem(
        listed(await listAccountProtections(deps, accountOf(request, 'accounts.read'))),
        'account_not_found',
      ),
  );

  app.put(
    '/tenants/:tenantId/accounts/:accountId/protections',
    {
      config: {
        access: 'accounts.edit',
        audit: {
          action: 'account.protections.replace',
          entity: 'account',
          before: async (request) => listed(await listAccountProtections(deps, accountOf(request, 'accounts.edit'))),
        },
      },
      schema: {
        tags,
        summary: `Set the protected and vulnerable periods: ${replacing}`,
        params: accountPathSchema,
        body: replaceAccountProtectionsSchema,
        response: { 200: accountProtectionListSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => ({
      items: valueOrProblem(await replaceAccountProtections(deps, accountOf(request, 'accounts.edit'), request.body)),
    }),
  );

  app.get(
    '/tenants/:tenantId/accounts/:accountId/benefits',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: 'List the benefit entitlements of the account',
        params: accountPathSchema,
        response: { 200: accountBenefitListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      foundOrProblem(listed(await listAccountBenefits(deps, accountOf(request, 'accounts.read'))), 'account_not_found'),
  );

  app.put(
    '/tenants/:tenantId/accounts/:accountId/benefits',
    {
      config: {
        access: 'accounts.edit',
        audit: {
          action: 'account.benefits.replace',
          entity: 'account',
          before: async (request) => listed(await listAccountBenefits(deps, accountOf(request, 'accounts.edit'))),
        },
      },
      schema: {
        tags,
        summary: `Set the benefit entitlements: ${replacing}`,
        params: accountPathSchema,
        body: replaceAccountBenefitsSchema,
        response: { 200: accountBenefitListSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => ({
      items: valueOrProblem(await replaceAccountBenefits(deps, accountOf(request, 'accounts.edit'), request.body)),
    }),
  );
};
