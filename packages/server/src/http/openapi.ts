import swagger, { type SwaggerTransform } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { sessionCookie } from '../access/authenticate.ts';

// How a caller proves who it is, as access/authenticate.ts and access/route-access.ts check it: an
// API key, or the session cookie of a signed-in browser with, on every write, the session's CSRF token.
const securitySchemes = {
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key (utk_…) for one tenant and one role, created by an administrator: Authorization: Bearer utk_…',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookie,
    description:
      'The session cookie that POST /api/v1/auth/login sets. A browser signed in to Utilis sends it by itself, from this page too.',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'Needed with the session cookie on every request other than GET, HEAD and OPTIONS: the csrfToken that POST /api/v1/auth/login and GET /api/v1/auth/session answer.',
  },
} as const;

// Either requirement of a list will do; the schemes of one requirement are needed together.
type SecurityRequirement = Record<keyof typeof securitySchemes, string[]>;
const readSecurity: Partial<SecurityRequirement>[] = [{ apiKey: [] }, { sessionCookie: [] }];
const writeSecurity: Partial<SecurityRequirement>[] = [{ apiKey: [] }, { sessionCookie: [], csrfToken: [] }];
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What an operation asks for where it differs from readSecurity: nothing on a public route, the CSRF token on a write. */
function securityOf(route: RouteOptions) {
  if (!route.url.startsWith('/api/v1/') || route.config?.access === 'public') return [];
  const isWrite = [route.method].flat().some((method) => !safeMethods.has(method));
  return isWrite ? writeSecurity : undefined;
}

const withSecurity: SwaggerTransform = (document) =>
  jsonSchemaTransform({ ...document, schema: { ...document.schema, security: securityOf(document.route) } });

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
      components: { securitySchemes },
      security: readSecurity,
    },
    transform: withSecurity,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
}
