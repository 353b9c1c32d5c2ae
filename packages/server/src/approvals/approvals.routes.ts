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
import { withTenant } from '../db/index.ts';
import { commandValue, runTenantCommand } from '../http/command-route.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { ProblemError } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { tenantAccessOf } from '../http/tenant-scope.ts';
import { toApprovalRequest } from './approval-dto.ts';
import { approveRequest, type HeldCommands, rejectRequest } from './decide-approval.ts';
import { findApproval } from './find-approval.ts';
import { listApprovals } from './list-approvals.ts';

const tags = ['approvals'];
const isId = (key: string) => idSchema.safeParse(key).success;

/**
 * Four-eyes approvals. Everyone in a tenant reaches these routes, but each person sees and
 * decides only requests for actions they hold the permission of there.
 */
export const approvalRoutes: FastifyPluginAsyncZod<RouteOptions & { heldCommands: HeldCommands }> = async (
  app,
  { deps, heldCommands },
) => {
  const approve = approveRequest(heldCommands);
  const mayDecide = (request: FastifyRequest, action: string) => tenantAccessOf(request).permissions.has(action);

  // The request when the reader may decide on it; otherwise it does not exist for them.
  const decidable = async (request: FastifyRequest, params: { tenantId: string; approvalId: string }) => {
    const found = await withTenant(deps.db, params.tenantId, (trx) => findApproval(trx, params));
    if (!found || !mayDecide(request, found.action)) throw new ProblemError('approval_not_found');
    return found;
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
      return withTenant(deps.db, request.params.tenantId, (trx) =>
        listApprovals(trx, {
          tenantId: request.params.tenantId,
          actions: [...held],
          status: request.query.status,
          limit: request.query.limit,
          beforeId: decodeCursor(request.query.cursor, isId),
        }),
      );
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
      config: { access: 'tenants.read', command: approve },
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
    async (request) =>
      commandValue(await runTenantCommand(deps, request, approve, { approvalId: request.params.approvalId })),
  );

  app.post(
    '/tenants/:tenantId/approvals/:approvalId/reject',
    {
      config: { access: 'tenants.read', command: rejectRequest },
      schema: {
        tags,
        summary: 'Reject a request: it never runs',
        params: approvalPathSchema,
        response: { 200: approvalRequestSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      commandValue(await runTenantCommand(deps, request, rejectRequest, { approvalId: request.params.approvalId })),
  );
};
