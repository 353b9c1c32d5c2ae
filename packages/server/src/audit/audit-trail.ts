import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { principalOf, tenantOf } from '../access/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { type AppendedAuditEvent, appendAuditEvent } from './append-audit-event.ts';
import type { AuditActor } from './record-audit-event.ts';

/** What the audit trail records when a write succeeds; see `audit` in FastifyContextConfig. */
export interface AuditDeclaration {
  /** What happened, noun.verb: 'party.update', 'price_plan.add_version', 'api_key.revoke'. */
  readonly action: string;
  /** The kind of thing changed: 'party'. */
  readonly entity: string;
  /** Loads the entity as it is before the change (for an update: the GET use case of the resource). */
  readonly before?: (request: FastifyRequest) => Promise<unknown>;
  /** The changed entity's id, when neither the response's `id` nor the last path parameter is it. */
  readonly entityId?: (request: FastifyRequest, response: unknown) => string | null;
  /** Who acted, on a public route where nobody is signed in yet (sign-in). */
  readonly actor?: (request: FastifyRequest, response: unknown) => AuditActor;
  /** Also record a 401 answer, under this action: a refused sign-in. */
  readonly refusedAction?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * What the audit trail records when this route succeeds (2xx; not 202, a change held for later).
     * Every POST, PUT, PATCH and DELETE under /api/v1 must declare it, next to `access` (the server
     * refuses to start otherwise):
     *   audit: { action: 'party.update', entity: 'party', before: (request) => findParty(deps, …) }
     * The event holds who (principal), when (deps.now), from where (ip, request id), the action,
     * the entity id (entityId(), else the response's `id`, else the last path parameter), before
     * (the loader runs in a preHandler after the access check, before the handler) and after (the
     * response body). Password, secret and token fields are redacted at any depth.
     * `audit: false` only for a write that changes nothing, such as a preview.
     */
    audit?: false | AuditDeclaration;
  }
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const isApiUrl = (url: string | undefined) => url?.startsWith('/api/v1/') === true;

interface PendingEvent {
  declaration: AuditDeclaration;
  tenantId: string | null;
  before: unknown;
}

const pending = new WeakMap<FastifyRequest, PendingEvent>();

/**
 * Records every change a person or key makes through the API, around the use cases and never
 * inside them: a preHandler captures the chain and the "before", an onSend hook appends the event
 * once the change has succeeded. If the event cannot be written, the client gets a 500, not a success.
 */
export function registerAuditTrail(app: FastifyInstance, deps: UseCaseDeps): void {
  app.addHook('onRoute', (route) => {
    const problem = auditDeclarationProblem(route);
    if (problem) throw new Error(problem);
  });

  // Registered after the access hooks, so it runs only for callers allowed to make the change.
  app.addHook('preHandler', async (request) => {
    const declaration = request.routeOptions.config.audit;
    if (!declaration || !writeMethods.has(request.method) || !isApiUrl(request.routeOptions.url)) return;
    pending.set(request, {
      declaration,
      tenantId: tenantNamedBy(request) === undefined ? null : tenantOf(request).id,
      before: declaration.before ? await declaration.before(request) : null,
    });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const captured = pending.get(request);
    if (!captured) return payload;
    pending.delete(request);
    const { declaration } = captured;
    const action = isSuccess(reply.statusCode)
      ? declaration.action
      : reply.statusCode === 401
        ? declaration.refusedAction
        : undefined;
    if (action === undefined) return payload;
    let event: AppendedAuditEvent | undefined;
    try {
      const response = isSuccess(reply.statusCode) ? jsonOf(payload, reply) : null;
      event = {
        tenantId: captured.tenantId,
        actor: actorOf(request, declaration, response),
        ip: request.ip,
        requestId: request.id,
        action,
        entityType: declaration.entity,
        entityId: entityIdOf(request, declaration, response),
        before: captured.before,
        after: response,
      };
      await appendAuditEvent(deps, event);
    } catch (error) {
      // The change is committed but unrecorded: the client must not take it for a clean success,
      // a session opened by an unrecorded sign-in must not reach the browser, and the log keeps
      // who changed what, for the operator to reconcile.
      reply.removeHeader('set-cookie');
      const what = event && { actor: event.actor, entityType: event.entityType, entityId: event.entityId };
      request.log.error(
        { err: error, action, tenantId: captured.tenantId, ...what },
        'audit event not written; the change stands',
      );
      throw new Error(`The audit event ${action} of request ${request.id} was not written; the change stands`, {
        cause: error,
      });
    }
    return payload;
  });
}

/** Why a route may not be served: a write under /api/v1 that declares nothing for the audit trail. */
export function auditDeclarationProblem(route: Pick<RouteOptions, 'method' | 'url' | 'config'>): string | undefined {
  const methods = [route.method].flat().filter((method) => writeMethods.has(method));
  if (methods.length === 0 || !isApiUrl(route.url)) return undefined;
  const where = `${methods.join(', ')} ${route.url}`;
  const audit = route.config?.audit;
  // A route that runs a command records it through the command runner.
  if (route.config?.command !== undefined) return undefined;
  if (audit === undefined) return `${where} declares no audit: add config.audit (audit: false if it changes nothing)`;
  if (audit && route.config?.access === 'public' && !audit.actor) {
    return `${where} is public: its audit declaration must say who acts (audit.actor)`;
  }
  return undefined;
}

// 202 Accepted is a change not made yet (held for approval): what happens later is recorded then.
const isSuccess = (status: number) => status >= 200 && status < 300 && status !== 202;

// The rule the access check binds a tenant by (after validation, a named tenant id is well formed):
// the path's :tenantId, else a tenantId in the body.
function tenantNamedBy(request: FastifyRequest): string | undefined {
  const fromPath = (request.params as Record<string, unknown> | undefined)?.tenantId;
  const body = request.body;
  const fromBody = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).tenantId : undefined;
  const named = fromPath ?? fromBody;
  return typeof named === 'string' ? named : undefined;
}

function jsonOf(payload: unknown, reply: FastifyReply): unknown {
  const type = String(reply.getHeader('content-type') ?? '');
  if (typeof payload !== 'string' || !type.includes('json') || payload === '') return null;
  return JSON.parse(payload);
}

function actorOf(request: FastifyRequest, declaration: AuditDeclaration, response: unknown): AuditActor {
  const principal = principalOf(request);
  if (principal) return { kind: principal.kind, id: principal.id, label: principal.label };
  if (declaration.actor) return declaration.actor(request, response);
  throw new Error(`${request.method} ${request.url} has no principal: is it declared public?`);
}

function entityIdOf(request: FastifyRequest, declaration: AuditDeclaration, response: unknown): string | null {
  if (declaration.entityId) return declaration.entityId(request, response);
  const fromResponse =
    typeof response === 'object' && response !== null ? (response as { id?: unknown }).id : undefined;
  if (typeof fromResponse === 'string') return fromResponse;
  const lastParameter = Object.values((request.params as Record<string, unknown> | undefined) ?? {}).at(-1);
  return typeof lastParameter === 'string' ? lastParameter : null;
}
