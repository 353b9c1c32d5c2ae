import {
  approvalPathSchema,
  approvalQuerySchema,
  approvalRequestSchema,
  idSchema,
  pageOf,
  tenantPathSchema,
} from '@utilis/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal, tenantAccessOf, tenantOf } from '../access/index.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { ProblemError, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { toApprovalRequest } from './approval-dto.ts';
import { decideApproval } from './decide-approval.ts';
import { findApproval } from './find-approval.ts';
import type { ApprovableRoutes } from './hold-for-approval.ts';
import { listApprovals } from './list-approvals.ts';
import { settleApproval } from './settle-approval.ts';

const tags = ['approvals'];
const isId = (key: string) => idSchema.safeParse(key).success;

/**
 * Four-eyes approvals. Everyone in a tenant reaches these routes, but each person sees and
 * decides only requests for actions they hold the permission of there.
 */
export const approvalRoutes: FastifyPluginAsyncZod<RouteOptions & { approvableRoutes: ApprovableRoutes }> = async (
  app,
  { deps, approvableRoutes },
) => {
  const mayDecide = (request: FastifyRequest, action: string) => tenantAccessOf(request).permissions.has(action);

  // The request when the reader may decide on it; otherwise it does not exist for them.
  const decidable = async (request: FastifyRequest, params: { tenantId: string; approvalId: string }) => {
    const found = await findApproval(deps, params);
    if (!found || !mayDecide(request, found.action)) throw new ProblemError('approval_not_found');
    return found;
  };

  const approvalBefore = async (request: FastifyRequest) => {
    const found = await findApproval(deps, approvalPathSchema.parse(request.params));
    return found ? toApprovalRequest(found) : null;
  };

  const decider = (request: FastifyRequest) => {
    const principal = requirePrincipal(request);
    if (principal.kind !== 'user') throw new ProblemError('permission_denied', 'Only a person decides on approvals');
    return principal;
  };

  app.get(
    '/tenants/:tenantId/approvals',
    {
      config: { access: 'tenants.read' },
      schema: {
        tags,
        summary: 'List approval requests you may decide, newest first',
        params: tenantPathSchema,
        querystring: approvalQuerySchema,
        response: { 200: pageOf(approvalRequestSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const held = tenantAccessOf(request).permissions;
      return listApprovals(deps, {
        tenantId: request.params.tenantId,
        actions: [...held],
        status: request.query.status,
        limit: request.query.limit,
        beforeId: decodeCursor(request.query.cursor, isId),
      });
    },
  );

  app.get(
    '/tenants/:tenantId/approvals/:approvalId',
    {
      config: { access: 'tenants.read' },
      schema: {
        tags,
        summary: 'Get an approval request with the request it holds',
        params: approvalPathSchema,
        response: { 200: approvalRequestSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => toApprovalRequest(await decidable(request, request.params)),
  );

  app.post(
    '/tenants/:tenantId/approvals/:approvalId/approve',
    {
      config: {
        access: 'tenants.read',
        audit: { action: 'approval.approve', entity: 'approval_request', before: approvalBefore },
      },
      schema: {
        tags,
        summary: 'Approve a request: it runs now, as you, and its answer is kept in result',
        description:
          'Needs the permission of the action in this tenant, and someone other than the requester. If the action ' +
          'is refused (say, its code was taken meanwhile), that problem is answered and the request stays pending.',
        params: approvalPathSchema,
        response: { 200: approvalRequestSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const found = await decidable(request, request.params);
      const principal = decider(request);
      const action = approvableRoutes.get(found.payload.operation);
      const decided = valueOrProblem(
        await decideApproval(deps, { ...request.params, deciderId: principal.id, decision: 'approved' }),
      );
      const settle = (outcome: { result: unknown } | 'refused') => settleApproval(deps, { ...request.params, outcome });
      if (!action) {
        await settle('refused');
        throw new Error(`No route runs held ${decided.payload.operation} requests any more`);
      }
      const result = await action
        .runHeld(decided.payload, { tenant: tenantOf(request), actor: principal })
        .catch(async (error: unknown) => {
          await settle('refused');
          throw error;
        });
      return settle({ result });
    },
  );

  app.post(
    '/tenants/:tenantId/approvals/:approvalId/reject',
    {
      config: {
        access: 'tenants.read',
        audit: { action: 'approval.reject', entity: 'approval_request', before: approvalBefore },
      },
      schema: {
        tags,
        summary: 'Reject a request: it never runs',
        params: approvalPathSchema,
        response: { 200: approvalRequestSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      await decidable(request, request.params);
      const principal = decider(request);
      const decided = valueOrProblem(
        await decideApproval(deps, { ...request.params, deciderId: principal.id, decision: 'rejected' }),
      );
      return toApprovalRequest(decided);
    },
  );
};
