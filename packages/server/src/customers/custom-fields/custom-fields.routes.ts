import {
  accountPathSchema,
  type CustomFieldEntity,
  createCustomFieldDefinitionSchema,
  customFieldDefinitionSchema,
  customFieldPathSchema,
  customFieldQuerySchema,
  customFieldValuesSchema,
  type Permission,
  partyPathSchema,
  premisePathSchema,
  setCustomFieldValuesSchema,
  tenantPathSchema,
  updateCustomFieldDefinitionSchema,
} from '@utilis/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { branchesOf } from '../../access/index.ts';
import { valueOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { createCustomFieldDefinition } from './create-custom-field-definition.ts';
import { findCustomFieldDefinition } from './find-custom-field-definition.ts';
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
    async (request) => ({
      items: await listCustomFieldDefinitions(deps, {
        tenantId: request.params.tenantId,
        entity: request.query.entity,
      }),
    }),
  );

  app.post(
    '/tenants/:tenantId/custom-fields',
    {
      config: { access: 'tenants.manage', audit: { action: 'custom_field.create', entity: 'custom_field' } },
      schema: {
        tags,
        summary: 'Define a custom field of parties, accounts or premises',
        params: tenantPathSchema,
        body: createCustomFieldDefinitionSchema,
        response: { 201: customFieldDefinitionSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          valueOrProblem(
            await createCustomFieldDefinition(deps, { tenantId: request.params.tenantId, input: request.body }),
          ),
        ),
  );

  app.patch(
    '/tenants/:tenantId/custom-fields/:fieldId',
    {
      config: {
        access: 'tenants.manage',
        audit: {
          action: 'custom_field.update',
          entity: 'custom_field',
          before: (request) => findCustomFieldDefinition(deps, customFieldPathSchema.parse(request.params)),
        },
      },
      schema: {
        tags,
        summary: 'Relabel, reorder, retire or retype a custom field (a type is fixed once values exist)',
        params: customFieldPathSchema,
        body: updateCustomFieldDefinitionSchema,
        response: { 200: customFieldDefinitionSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      valueOrProblem(await updateCustomFieldDefinition(deps, { ...request.params, changes: request.body })),
  );

  for (const route of valueRoutes) {
    const target = (request: FastifyRequest, permission: Permission) => {
      const params: Record<string, string> = route.params.parse(request.params);
      return {
        tenantId: params.tenantId ?? '',
        entity: route.entity as CustomFieldEntity,
        entityId: params[route.idParam] ?? '',
        branches: branchesOf(request, permission),
      };
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
      async (request) => valueOrProblem(await findCustomFieldValues(deps, target(request, route.read))),
    );

    app.put(
      route.path,
      {
        config: {
          access: route.edit,
          audit: {
            action: `${route.entity}.set_custom_fields`,
            entity: route.entity,
            before: async (request) => {
              const found = await findCustomFieldValues(deps, target(request, route.edit));
              return found.ok ? found.value : null;
            },
          },
        },
        schema: {
          tags,
          summary: `Set or clear custom field values of a ${route.entity}; keys left out keep their value`,
          params: route.params,
          body: setCustomFieldValuesSchema,
          response: { 200: customFieldValuesSchema, ...problemResponses(400, 404, 422) },
        },
      },
      async (request) =>
        valueOrProblem(
          await setCustomFieldValues(deps, { ...target(request, route.edit), changes: request.body.values }),
        ),
    );
  }
};
