import {
  apiKeyPathSchema,
  apiKeySchema,
  createApiKeySchema,
  createdApiKeySchema,
  tenantPathSchema,
} from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../db/index.ts';
import { answerWith, commandValue, runTenantCommand } from '../http/command-route.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { toCreatedApiKey } from './api-key-dto.ts';
import { createApiKey } from './create-api-key.ts';
import { listApiKeys } from './list-api-keys.ts';
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
    async (request) => {
      const { tenantId } = request.params;
      return { items: await withTenant(deps.db, tenantId, (trx) => listApiKeys(trx, tenantId)) };
    },
  );

  app.post(
    '/tenants/:tenantId/api-keys',
    {
      config: { access: 'access.api_keys.manage', command: createApiKey },
      schema: {
        tags,
        summary: 'Create an API key; the secret is in this answer only',
        params: tenantPathSchema,
        body: createApiKeySchema,
        response: { 201: createdApiKeySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      answerWith(reply, await runTenantCommand(deps, request, createApiKey, request.body), {
        status: 201,
        body: toCreatedApiKey,
      }),
  );

  app.delete(
    '/tenants/:tenantId/api-keys/:keyId',
    {
      config: { access: 'access.api_keys.manage', command: revokeApiKey },
      schema: {
        tags,
        summary: 'Revoke an API key at once (it is kept, stamped with when it ended)',
        params: apiKeyPathSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      commandValue(await runTenantCommand(deps, request, revokeApiKey, { keyId: request.params.keyId }));
      return reply.code(204).send(null);
    },
  );
};
