import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI 3.1 from the routes' zod schemas, at /api/v1/openapi.json, browsable at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Utilis API',
        version,
        description:
          'Customer information and billing for utilities. Errors are RFC 9457 problem+json with a stable code.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      tags: [
        { name: 'tenants', description: 'Utility companies and their groups' },
        { name: 'parties', description: 'Persons and organisations' },
        { name: 'accounts', description: 'What receives bills and carries a balance' },
        { name: 'search', description: 'One text box over parties and accounts, best match first' },
        { name: 'tariffs', description: 'Price plans with effective-dated versions, and rating' },
        { name: 'access', description: 'Sign-in, sessions, users, roles and API keys' },
        { name: 'approvals', description: 'Four-eyes approval of actions a tenant holds for a second person' },
        { name: 'operations', description: 'Health and documentation' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
}
