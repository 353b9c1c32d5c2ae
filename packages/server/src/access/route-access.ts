import type { Permission } from '@utilis/contracts';
import { accessInTenant, canSeeTenant, deploymentPermissions } from '@utilis/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { requirePrincipal, setPrincipal } from '../http/principal.ts';
import { ProblemError } from '../http/problem-error.ts';
import { setTenantScope } from '../http/tenant-scope.ts';
import { findTenant } from '../tenants/index.ts';
import { authenticate, type SessionPolicy } from './authenticate.ts';
import { tokenMatches } from './secret-token.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: anyone, any signed-in person or key, or holders of a permission. */
    access?: 'public' | 'signed_in' | Permission;
    /** For a permission on a route that names no tenant: it must be held deployment-wide. */
    isDeploymentWide?: boolean;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const isApiRoute = (request: FastifyRequest) => request.routeOptions.url?.startsWith('/api/v1/') === true;

// Only a well-formed id is looked up; anything else is left for validation to refuse.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Authentication on every API request (key or session cookie, CSRF token on cookie writes),
 * then authorization against the permission the route declares. A tenant the principal
 * cannot see answers 404, exactly as one that does not exist. Authorization runs before
 * validation, so someone without the permission learns nothing from how a body is refused.
 */
export function registerRouteAccess(
  app: FastifyInstance,
  { db, now, policy }: { db: Kysely<Database>; now: () => Date; policy: SessionPolicy },
): void {
  app.addHook('onRequest', async (request) => {
    if (!isApiRoute(request)) return;
    const access = request.routeOptions.config.access;
    if (access === undefined) throw new Error(`${request.routeOptions.url} declares no access: refusing to serve it`);
    if (access === 'public') return;
    const at = now();
    const principal = await db.transaction().execute((trx) => authenticate(trx, request, { now: at, policy }));
    if (principal.session && !safeMethods.has(request.method)) {
      const csrf = request.headers['x-csrf-token'];
      if (typeof csrf !== 'string' || !tokenMatches(csrf, principal.session.csrfTokenHash)) {
        throw new ProblemError('csrf_token_invalid');
      }
    }
    setPrincipal(request, principal);
  });

  app.addHook('preValidation', async (request) => {
    if (!isApiRoute(request)) return;
    const { access, isDeploymentWide } = request.routeOptions.config;
    if (access === undefined || access === 'public' || access === 'signed_in') return;
    const principal = requirePrincipal(request);
    const tenantId = tenantNamedBy(request);
    if (tenantId !== undefined) {
      const tenant = await db.transaction().execute((trx) => findTenant(trx, tenantId));
      const place = tenant && { id: tenant.id, groupId: tenant.groupId };
      if (!tenant || !place || !canSeeTenant(principal.grants, place)) throw new ProblemError('tenant_not_found');
      const tenantAccess = accessInTenant(principal.grants, place);
      if (!tenantAccess.permissions.has(access)) throw new ProblemError('permission_denied', `This needs ${access}`);
      setTenantScope(request, tenant, tenantAccess);
      return;
    }
    const held = isDeploymentWide
      ? deploymentPermissions(principal.grants)
      : new Set(principal.grants.flatMap((grant) => grant.permissions));
    if (!held.has(access)) {
      throw new ProblemError(
        'permission_denied',
        `This needs ${access}${isDeploymentWide ? ' for the whole deployment' : ''}`,
      );
    }
  });
}

// The tenant a request acts in: the path's :tenantId, else a tenantId in the (parsed, not yet
// validated) body. A malformed id names no tenant; validation then refuses the request.
function tenantNamedBy(request: FastifyRequest): string | undefined {
  const fromPath = (request.params as Record<string, unknown> | undefined)?.tenantId;
  const body = request.body;
  const fromBody = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).tenantId : undefined;
  const named = fromPath ?? fromBody;
  return typeof named === 'string' && uuidPattern.test(named) ? named : undefined;
}
