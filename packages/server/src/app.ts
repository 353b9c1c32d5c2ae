import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { accountRoutes } from './accounts/index.ts';
import type { DatabaseConnection } from './db/index.ts';
import type { UseCaseDeps } from './deps.ts';
import { healthRoutes } from './health/health.routes.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerOpenApi } from './http/openapi.ts';
import { requestIdFor } from './http/request-id.ts';
import { registerWebApp } from './http/web-app.ts';
import { partyRoutes } from './parties/index.ts';
import { tariffRoutes } from './tariffs/index.ts';
import { tenantRoutes } from './tenants/index.ts';

export interface AppDeps {
  database: DatabaseConnection;
  version: string;
  logLevel?: string;
  bodyLimitBytes?: number;
  /** The built web app (packages/web/dist); omitted, only the API is served. */
  webRoot?: string;
  now?: () => Temporal.Instant;
  newId?: () => string;
}

/** The whole HTTP application, ready for inject() in tests or listen() in main. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.logLevel ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    genReqId: requestIdFor,
    bodyLimit: deps.bodyLimitBytes ?? 1_048_576,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);
  await registerOpenApi(app, deps.version);

  const useCaseDeps: UseCaseDeps = {
    db: deps.database.db,
    now: deps.now ?? (() => Temporal.Now.instant()),
    newId: deps.newId ?? uuidv7,
  };
  await app.register(healthRoutes, { database: deps.database, version: deps.version });
  await app.register(
    async (api) => {
      await api.register(tenantRoutes, { deps: useCaseDeps });
      await api.register(partyRoutes, { deps: useCaseDeps });
      await api.register(accountRoutes, { deps: useCaseDeps });
      await api.register(tariffRoutes, { deps: useCaseDeps });
    },
    { prefix: '/api/v1' },
  );
  await registerWebApp(app, deps.webRoot);
  return app;
}
