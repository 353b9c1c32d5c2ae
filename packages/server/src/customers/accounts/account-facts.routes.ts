import {
  accountBenefitListSchema,
  accountFactEntrySchema,
  accountFactHistoryQuerySchema,
  accountFactsAsOfQuerySchema,
  accountFactsAsOfSchema,
  accountPathSchema,
  accountProtectionListSchema,
  householdPersonListSchema,
  pageOf,
  recordAccountFactSchema,
  replaceAccountBenefitsSchema,
  replaceAccountProtectionsSchema,
  replaceHouseholdPersonsSchema,
} from '@utilis/contracts';
import type { AccountFactListItem, AccountFactListKind } from '@utilis/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/index.ts';
import { answerWith, commandValue, runTenantCommand } from '../../http/command-route.ts';
import { decodeCursor, pageFrom } from '../../http/page-cursor.ts';
import { foundOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { branchesOf } from '../../http/tenant-scope.ts';
import {
  toAccountBenefit,
  toAccountFactEntryRecord,
  toAccountFactsAsOf,
  toAccountProtection,
  toHouseholdPerson,
} from './account-fact-dto.ts';
import { accountFactsAsOf } from './account-facts-as-of.ts';
import { findAccount } from './find-account.ts';
import { findAccountFactList } from './find-account-fact-list.ts';
import { listAccountFactHistory } from './list-account-fact-history.ts';
import { recordAccountFact } from './record-account-fact.ts';
import { replaceAccountBenefits } from './replace-account-benefits.ts';
import { replaceAccountProtections } from './replace-account-protections.ts';
import { replaceHouseholdPersons } from './replace-household-persons.ts';

const tags = ['accounts'];
const replacing =
  'entries with an id are kept and changed, new ones added, missing ones removed; the differences are recorded as new dated entries of the fact log, never by editing one';
const isPosition = (key: string) => /^\d{1,19}$/.test(key);

/**
 * The account's billing inputs: its dated lists (household persons, protection periods,
 * benefits), each read and set whole, its area and dwellings, and the fact log they all come
 * from, which only grows: its history, and the facts as of a day.
 */
export const accountFactRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const accountOf = (request: FastifyRequest, permission: 'accounts.read' | 'accounts.edit') => ({
    ...accountPathSchema.parse(request.params),
    branches: branchesOf(request, permission),
  });
  const listOf = async <K extends AccountFactListKind, Item>(
    request: FastifyRequest,
    kind: K,
    toItem: (item: AccountFactListItem<K>) => Item,
  ) => {
    const account = accountOf(request, 'accounts.read');
    const items = await withTenant(deps.db, account.tenantId, (trx) => findAccountFactList(trx, account, kind));
    return { items: foundOrProblem(items, 'account_not_found').map(toItem) };
  };
  const edit = (request: FastifyRequest) => {
    const { accountId, branches } = accountOf(request, 'accounts.edit');
    return { accountId, branches };
  };

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
    (request) => listOf(request, 'household_person', toHouseholdPerson),
  );

  app.put(
    '/tenants/:tenantId/accounts/:accountId/household-persons',
    {
      config: { access: 'accounts.edit', command: replaceHouseholdPersons },
      schema: {
        tags,
        summary: `Set the people of the household: ${replacing}`,
        params: accountPathSchema,
        body: replaceHouseholdPersonsSchema,
        response: { 200: householdPersonListSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => {
      const { items, reason } = request.body;
      const replaced = await runTenantCommand(deps, request, replaceHouseholdPersons, {
        ...edit(request),
        items: items.map(({ id, startOn, endOn, name }) => ({ id, startOn, endOn: endOn ?? null, value: { name } })),
        reason,
      });
      return { items: commandValue(replaced).map(toHouseholdPerson) };
    },
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
    (request) => listOf(request, 'protection', toAccountProtection),
  );

  app.put(
    '/tenants/:tenantId/accounts/:accountId/protections',
    {
      config: { access: 'accounts.edit', command: replaceAccountProtections },
      schema: {
        tags,
        summary: `Set the protected and vulnerable periods: ${replacing}`,
        params: accountPathSchema,
        body: replaceAccountProtectionsSchema,
        response: { 200: accountProtectionListSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => {
      const { items, reason } = request.body;
      const replaced = await runTenantCommand(deps, request, replaceAccountProtections, {
        ...edit(request),
        items: items.map(({ id, startOn, endOn, status, reason: why }) => ({
          id,
          startOn,
          endOn: endOn ?? null,
          value: { status, reason: why },
        })),
        reason,
      });
      return { items: commandValue(replaced).map(toAccountProtection) };
    },
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
    (request) => listOf(request, 'benefit', toAccountBenefit),
  );

  app.put(
    '/tenants/:tenantId/accounts/:accountId/benefits',
    {
      config: { access: 'accounts.edit', command: replaceAccountBenefits },
      schema: {
        tags,
        summary: `Set the benefit entitlements: ${replacing}`,
        params: accountPathSchema,
        body: replaceAccountBenefitsSchema,
        response: { 200: accountBenefitListSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => {
      const { items, reason } = request.body;
      const replaced = await runTenantCommand(deps, request, replaceAccountBenefits, {
        ...edit(request),
        items: items.map(({ id, startOn, endOn, code, reference }) => ({
          id,
          startOn,
          endOn: endOn ?? null,
          value: { code, reference: reference ?? null },
        })),
        reason,
      });
      return { items: commandValue(replaced).map(toAccountBenefit) };
    },
  );

  app.get(
    '/tenants/:tenantId/accounts/:accountId/facts',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: "The history of the account's billing inputs: every entry of its fact log, latest recorded first",
        description:
          'Entries are never changed: a correction is a later entry that supersedes earlier ones over its days. ' +
          'Each says what holds from startOn to endOn (both included), who recorded it, when and why.',
        params: accountPathSchema,
        querystring: accountFactHistoryQuerySchema,
        response: { 200: pageOf(accountFactEntrySchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { kind, limit, cursor } = request.query;
      const before = decodeCursor(cursor, isPosition);
      const account = accountOf(request, 'accounts.read');
      const rows = await withTenant(deps.db, account.tenantId, (trx) =>
        listAccountFactHistory(trx, {
          account,
          kind,
          limit,
          beforePosition: before === undefined ? undefined : BigInt(before),
        }),
      );
      return pageFrom(foundOrProblem(rows, 'account_not_found'), {
        limit,
        toItem: toAccountFactEntryRecord,
        keyOf: (row) => row.position.toString(),
      });
    },
  );

  app.post(
    '/tenants/:tenantId/accounts/:accountId/facts',
    {
      config: { access: 'accounts.edit', command: recordAccountFact },
      schema: {
        tags,
        summary:
          "Record the account's area or dwellings from a day on (or until a day), superseding earlier entries there",
        params: accountPathSchema,
        body: recordAccountFactSchema,
        response: { 201: accountFactEntrySchema, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      answerWith(
        reply,
        await runTenantCommand(deps, request, recordAccountFact, { ...edit(request), fact: request.body }),
        { status: 201, body: toAccountFactEntryRecord },
      ),
  );

  app.get(
    '/tenants/:tenantId/accounts/:accountId/facts/as-of',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: "The account's billing inputs on a day, as known now or at an earlier instant",
        params: accountPathSchema,
        querystring: accountFactsAsOfQuerySchema,
        response: { 200: accountFactsAsOfSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { date, knownAt } = request.query;
      const account = accountOf(request, 'accounts.read');
      const facts = await withTenant(deps.db, account.tenantId, async (trx) =>
        (await findAccount(trx, account))
          ? accountFactsAsOf(trx, {
              tenantId: account.tenantId,
              accountId: account.accountId,
              date,
              knownAt: knownAt === undefined ? undefined : new Date(knownAt),
            })
          : undefined,
      );
      return toAccountFactsAsOf(foundOrProblem(facts, 'account_not_found'), { date, knownAt: knownAt ?? null });
    },
  );
};
