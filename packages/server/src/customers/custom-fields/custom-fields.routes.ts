import {
  accountPathSchema,
  createCustomFieldDefinitionSchema,
  customFieldDefinitionSchema,
  customFieldPathSchema,
  customFieldQuerySchema,
  customFieldValuesSchema,
  partyPathSchema,
  premisePathSchema,
  setCustomFieldValuesSchema,
  tenantPathSchema,
  updateCustomFieldDefinitionSchema,
} from '@utilis/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/index.ts';
import { answerWith, commandValue, runTenantCommand } from '../../http/command-route.ts';
import { valueOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { branchesOf } from '../../http/tenant-scope.ts';
import { createCustomFieldDefinition } from './create-custom-field-definition.ts';
import { toCustomFieldDefinition, toCustomFieldValues } from './custom-field-dto.ts';
import { findCustomFieldValues } from './find-custom-field-values.ts';
import { listCustomFieldDefinitions } from './list-custom-field-definitions.ts';
import { setCustomFieldValues } from './set-custom-field-values.ts';
import { updateCustomFieldDefinition } from './update-custom-field-definition.ts';

const tags = ['custom fields'];

/** Where an entity's values live, and the permissions of the entity itself. */
const valueRoutes = [
  {
    entity: 'party',
    path: '/tenants/:tenantId/parties/:partyId/custom-fields',
    params: partyPathSchema,
    idParam: 'partyId',
    read: 'parties.read',
    edit: 'parties.edit',
  },
  {
    entity: 'account',
    path: '/tenants/:tenantId/accounts/:accountId/custom-fields',
    params: accountPathSchema,
    idParam: 'accountId',
    read: 'accounts.read',
    edit: 'accounts.edit',
  },
  {
    entity: 'premise',
    path: '/tenants/:tenantId/premises/:premiseId/custom-fields',
    params: premisePathSchema,
    idParam: 'premiseId',
    read: 'accounts.read',
    edit: 'accounts.edit',
  },
] as const;

export const customFieldRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/tenants/:tenantId/custom-fields',
    {
      config: { access: 'tenants.read' },
      schema: {
        tags,
        summary: "List a tenant's custom field definitions, retired ones included",
        params: tenantPathSchema,
        querystring: customFieldQuerySchema,
        response: { 200: z.object({ items: z.array(customFieldDefinitionSchema) }), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { tenantId } = request.params;
      const fields = await withTenant(deps.db, tenantId, (trx) =>
        listCustomFieldDefinitions(trx, { tenantId, entity: request.query.entity }),
      );
      return { items: fields.map(toCustomFieldDefinition) };
    },
  );

  app.post(
    '/tenants/:tenantId/custom-fields',
    {
      config: { access: 'tenants.manage', command: createCustomFieldDefinition },
      schema: {
        tags,
        summary: 'Define a custom field of parties, accounts or premises',
        params: tenantPathSchema,
        body: createCustomFieldDefinitionSchema,
        response: { 201: customFieldDefinitionSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      answerWith(reply, await runTenantCommand(deps, request, createCustomFieldDefinition, request.body), {
        status: 201,
        body: toCustomFieldDefinition,
      }),
  );

  app.patch(
    '/tenants/:tenantId/custom-fields/:fieldId',
    {
      config: { access: 'tenants.manage', command: updateCustomFieldDefinition },
      schema: {
        tags,
        summary: 'Relabel, reorder, retire or retype a custom field (a type is fixed once values exist)',
        params: customFieldPathSchema,
        body: updateCustomFieldDefinitionSchema,
        response: { 200: customFieldDefinitionSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      toCustomFieldDefinition(
        commandValue(
          await runTenantCommand(deps, request, updateCustomFieldDefinition, {
            fieldId: request.params.fieldId,
            changes: request.body,
          }),
        ),
      ),
  );

  for (const route of valueRoutes) {
    const command = setCustomFieldValues[route.entity];
    const entityIdOf = (request: FastifyRequest): string => {
      const params: Record<string, string> = route.params.parse(request.params);
      return params[route.idParam] ?? '';
    };

    app.get(
      route.path,
      {
        config: { access: route.read },
        schema: {
          tags,
          summary: `Get the custom field values of a ${route.entity}`,
          params: route.params,
          response: { 200: customFieldValuesSchema, ...problemResponses(400, 404) },
        },
      },
      async (request) => {
        const { tenantId } = route.params.parse(request.params);
        const target = {
          tenantId,
          entity: route.entity,
          entityId: entityIdOf(request),
          branches: branchesOf(request, route.read),
        };
        const found = await withTenant(deps.db, tenantId, (trx) => findCustomFieldValues(trx, target));
        return toCustomFieldValues(valueOrProblem(found));
      },
    );

    app.put(
      route.path,
      {
        config: { access: route.edit, command },
        schema: {
          tags,
          summary: `Set or clear custom field values of a ${route.entity}; keys left out keep their value`,
          params: route.params,
          body: setCustomFieldValuesSchema,
          response: { 200: customFieldValuesSchema, ...problemResponses(400, 404, 422) },
        },
      },
      async (request) => {
        const branches = branchesOf(request, route.edit);
        const outcome = await runTenantCommand(deps, request, command, {
          entityId: entityIdOf(request),
          branches: branches === null ? null : [...branches],
          changes: request.body.values,
        });
        return toCustomFieldValues(commandValue(outcome));
      },
    );
  }
};
