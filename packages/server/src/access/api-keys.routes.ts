import {
  apiKeyPathSchema,
  apiKeySchema,
  createApiKeySchema,
  createdApiKeySchema,
  tenantPathSchema,
} from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.ts';
import { ProblemError, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { tenantAccessOf } from '../http/tenant-scope.ts';
import { selectApiKeys, toApiKey } from './api-key-dto.ts';
import { createApiKey } from './create-api-key.ts';
import { revokeApiKey } from './revoke-api-key.ts';

const tags = ['access'];

/** Integration keys: `Authorization: Bearer utk_…`, held by one tenant with one role. */
export const apiKeyRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/tenants/:tenantId/api-keys',
    {
      config: { access: 'access.api_keys.manage' },
      schema: {
        tags,
        summary: "List a tenant's API keys, revoked ones included, newest first",
        params: tenantPathSchema,
        response: { 200: z.object({ items: z.array(apiKeySchema) }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: (await selectApiKeys(deps.db, request.params.tenantId).execute()).map(toApiKey) }),
  );

  app.post(
    '/tenants/:tenantId/api-keys',
    {
      config: { access: 'access.api_keys.manage', audit: { action: 'api_key.create', entity: 'api_key' } },
      schema: {
        tags,
        summary: 'Create an API key; the secret is in this answer only',
        params: tenantPathSchema,
        body: createApiKeySchema,
        response: { 201: createdApiKeySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      // A key is answerable to the person who made it; a key making keys would answer to no one.
      if (principal.kind !== 'user')
        throw new ProblemError('permission_denied', 'Only a signed-in person creates API keys');
      const created = await createApiKey(deps, {
        tenantId: request.params.tenantId,
        ...request.body,
        createdBy: principal.id,
        creatorAccess: tenantAccessOf(request),
      });
      return reply.code(201).send(valueOrProblem(created));
    },
  );

  app.delete(
    '/tenants/:tenantId/api-keys/:keyId',
    {
      config: {
        access: 'access.api_keys.manage',
        audit: {
          action: 'api_key.revoke',
          entity: 'api_key',
          before: async (request) => {
            const { tenantId, keyId } = apiKeyPathSchema.parse(request.params);
            const row = await selectApiKeys(deps.db, tenantId).where('apiKey.id', '=', keyId).executeTakeFirst();
            return row ? toApiKey(row) : null;
          },
        },
      },
      schema: {
        tags,
        summary: 'Revoke an API key at once (it is kept, stamped with when it ended)',
        params: apiKeyPathSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      valueOrProblem(await revokeApiKey(deps, request.params));
      return reply.code(204).send(null);
    },
  );
};
