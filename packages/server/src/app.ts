import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import type { SessionPolicy } from './access/authenticate.ts';
import {
  apiKeyRoutes,
  authRoutes,
  registerRouteAccess,
  roleRoutes,
  syncBuiltInRoles,
  userRoutes,
} from './access/index.ts';
import type { LockoutPolicy } from './access/log-in.ts';
import { approvalGate, approvalRoutes } from './approvals/index.ts';
import { auditRoutes } from './audit/index.ts';
import { accountRoutes } from './customers/accounts/index.ts';
import { agreementRoutes } from './customers/agreements/index.ts';
import { customFieldRoutes } from './customers/custom-fields/index.ts';
import { customerRoutes } from './customers/overview/index.ts';
import { partyRoutes } from './customers/parties/index.ts';
import { premiseRoutes } from './customers/premises/index.ts';
import { searchRoutes } from './customers/search/index.ts';
import type { DatabaseConnection } from './db/index.ts';
import type { UseCaseDeps } from './deps.ts';
import { healthRoutes } from './health/health.routes.ts';
import { registerCommandRoutes } from './http/command-route.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerNulRefusal } from './http/refuse-nul-characters.ts';
import { requestIdFor } from './http/request-id.ts';
import { registerWebApp } from './http/web-app.ts';
import { importRoutes } from './imports/index.ts';
import { meterRoutes } from './metering/index.ts';
import { approvableTariffCommands, tariffRoutes } from './tariffs/index.ts';
import { tenantRoutes } from './tenants/index.ts';

export interface SecuritySettings {
  /** Send cookies only over HTTPS (browsers treat localhost as secure too). */
  isCookieSecure: boolean;
  session: SessionPolicy;
  lockout: LockoutPolicy;
  loginAttemptsPerMinute: number;
  requestsPerMinute: number;
}

export const defaultSecurity: SecuritySettings = {
  isCookieSecure: true,
  session: { idleMinutes: 120, absoluteHours: 12 },
  lockout: { maxFailedLogins: 5, lockMinutes: 15 },
  loginAttemptsPerMinute: 10,
  requestsPerMinute: 1200,
};

export interface AppDeps {
  database: DatabaseConnection;
  version: string;
  logLevel?: string;
  bodyLimitBytes?: number;
  /** The built web app (packages/web/dist); omitted, only the API is served. */
  webRoot?: string;
  now?: () => Temporal.Instant;
  newId?: () => string;
  security?: Partial<SecuritySettings>;
  /** Sees every route as it is registered: tests enumerate the routes with it. */
  onRoute?: (route: RouteOptions) => void;
}

// Every command a tenant may hold for a second person's approval, by name.
const heldCommands = new Map([...approvableTariffCommands].map((command) => [command.name, command]));

// The web app is served from this origin only; Mantine sets inline styles.
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // Plain-HTTP installs on a LAN must keep working; HSTS covers HTTPS deployments.
  upgradeInsecureRequests: null,
};

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

  if (deps.onRoute) app.addHook('onRoute', deps.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);
  const security = { ...defaultSecurity, ...deps.security };
  await app.register(helmet, {
    contentSecurityPolicy: { directives: contentSecurityPolicy },
    hsts: security.isCookieSecure,
  });
  await app.register(cookie);
  await app.register(rateLimit, { max: security.requestsPerMinute, timeWindow: '1 minute' });
  await registerOpenApi(app, deps.version);

  const useCaseDeps: UseCaseDeps = {
    db: deps.database.db,
    now: deps.now ?? (() => Temporal.Now.instant()),
    newId: deps.newId ?? uuidv7,
    approvalGate,
    onLinkFailure: (error, chainId) =>
      app.log.error({ err: error, chainId }, 'audit events committed but not yet chained; the next write chains them'),
  };
  await syncBuiltInRoles(useCaseDeps.db);
  registerRouteAccess(app, {
    db: useCaseDeps.db,
    now: () => new Date(useCaseDeps.now().epochMilliseconds),
    policy: security.session,
  });
  registerNulRefusal(app);
  registerCommandRoutes(app);
  await app.register(healthRoutes, { database: deps.database, version: deps.version });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { deps: useCaseDeps, security });
      await api.register(tenantRoutes, { deps: useCaseDeps });
      await api.register(partyRoutes, { deps: useCaseDeps });
      await api.register(accountRoutes, { deps: useCaseDeps });
      await api.register(searchRoutes, { deps: useCaseDeps });
      await api.register(premiseRoutes, { deps: useCaseDeps });
      await api.register(customFieldRoutes, { deps: useCaseDeps });
      await api.register(agreementRoutes, { deps: useCaseDeps });
      await api.register(meterRoutes, { deps: useCaseDeps });
      await api.register(customerRoutes, { deps: useCaseDeps });
      await api.register(tariffRoutes, { deps: useCaseDeps });
      await api.register(userRoutes, { deps: useCaseDeps });
      await api.register(roleRoutes, { deps: useCaseDeps });
      await api.register(apiKeyRoutes, { deps: useCaseDeps });
      await api.register(approvalRoutes, { deps: useCaseDeps, heldCommands });
      await api.register(auditRoutes, { deps: useCaseDeps });
      await api.register(importRoutes, { deps: useCaseDeps });
    },
    { prefix: '/api/v1' },
  );
  await registerWebApp(app, deps.webRoot);
  return app;
}
