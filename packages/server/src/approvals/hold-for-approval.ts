import type { Permission } from '@utilis/contracts';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal, tenantOf } from '../access/index.ts';
import { appendAuditEvent } from '../audit/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { ProblemError } from '../http/problem-error.ts';
import type { ApprovableAction } from './approvable-action.ts';
import { requestApproval } from './request-approval.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's action, which a tenant may hold for a second person's approval (four eyes). */
    approval?: ApprovableAction;
  }
}

/** The approvable actions by route, `POST /api/v1/tenants/:tenantId/price-plans`. */
export type ApprovableRoutes = ReadonlyMap<string, ApprovableAction>;

/**
 * Collects every approvable route as it is registered (so call this before the routes), and
 * holds a call to one whose permission the tenant lists in fourEyesActions: the validated
 * request is stored and answered 202 instead of being run. Register it before the audit trail:
 * a held request is recorded here as approval.request, never as the action it did not take.
 */
export function registerApprovalHold(app: FastifyInstance, deps: UseCaseDeps): ApprovableRoutes {
  const routes = new Map<string, ApprovableAction>();
  app.addHook('onRoute', (route) => {
    const { approval, access } = route.config ?? {};
    if (!approval) return;
    if (access === undefined || access === 'public' || access === 'signed_in' || !route.url.includes(':tenantId')) {
      throw new Error(`${route.url}: an approvable route needs a permission and a :tenantId in its path`);
    }
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.set(`${method} ${route.url}`, approval);
  });

  app.addHook('preHandler', async (request, reply) => {
    const { approval, access } = request.routeOptions.config;
    if (!approval || access === undefined || access === 'public' || access === 'signed_in') return;
    const tenant = tenantOf(request);
    if (!(tenant.fourEyesActions as readonly Permission[]).includes(access)) return;
    const principal = requirePrincipal(request);
    if (principal.kind !== 'user') {
      throw new ProblemError(
        'permission_denied',
        'In this tenant a second person approves this; only a person can ask',
      );
    }
    const held = { params: request.params as Record<string, unknown>, body: request.body ?? null };
    const summary = await approval.summarize(held, { tenant, actor: principal });
    const pending = await requestApproval(deps, {
      tenantId: tenant.id,
      action: access,
      summary,
      payload: { operation: `${request.method} ${request.routeOptions.url}`, ...held },
      requestedBy: principal.id,
    });
    await appendAuditEvent(deps, {
      tenantId: tenant.id,
      actor: { kind: principal.kind, id: principal.id, label: principal.label },
      ip: request.ip,
      requestId: request.id,
      action: 'approval.request',
      entityType: 'approval_request',
      entityId: pending.id,
      before: null,
      after: pending,
    });
    return reply.code(202).send(pending);
  });
  return routes;
}
