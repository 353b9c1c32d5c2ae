import {
  agreementChangeSchema,
  agreementListSchema,
  agreementQuerySchema,
  moveInSchema,
  moveOutSchema,
  servicePointPathSchema,
  servicePointWithAgreementsSchema,
  tenantPathSchema,
  transferSchema,
} from '@utilis/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/index.ts';
import { answerWith, runTenantCommand } from '../../http/command-route.ts';
import { foundOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { branchesOf } from '../../http/tenant-scope.ts';
import { toAgreement, toAgreementChange } from './agreement-dto.ts';
import { findServicePoint } from './find-service-point.ts';
import { listAgreements } from './list-agreements.ts';
import { type AgreementChangeCommand, recordAgreementChange } from './record-agreement-change.ts';

const tags = ['agreements'];
const changeResponses = { 201: agreementChangeSchema, ...problemResponses(400, 403, 404, 409, 422) };

export const agreementRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  // The three operations differ only in what they ask; recording and answering are one command.
  const recordChange = async (
    request: FastifyRequest,
    reply: FastifyReply,
    servicePointId: string,
    operation: AgreementChangeCommand,
  ) =>
    answerWith(
      reply,
      await runTenantCommand(deps, request, recordAgreementChange, {
        servicePointId,
        operation,
        branches: branchesOf(request, 'accounts.edit'),
      }),
      { status: 201, body: toAgreementChange },
    );

  app.get(
    '/tenants/:tenantId/service-points/:servicePointId',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: 'Get a service point with its agreement history',
        params: servicePointPathSchema,
        response: { 200: servicePointWithAgreementsSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const found = await withTenant(deps.db, request.params.tenantId, (trx) => findServicePoint(trx, request.params));
      const { servicePoint, agreements } = foundOrProblem(found, 'service_point_not_found');
      return {
        id: servicePoint.id,
        tenantId: servicePoint.tenantId,
        premiseId: servicePoint.premiseId,
        kind: servicePoint.kind,
        createdAt: servicePoint.createdAt.toISOString(),
        agreements: agreements.map(toAgreement),
      };
    },
  );

  app.get(
    '/tenants/:tenantId/agreements',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: 'List the agreements of an account or of a service point, oldest first',
        params: tenantPathSchema,
        querystring: agreementQuerySchema,
        response: { 200: agreementListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { tenantId } = request.params;
      const rows = await withTenant(deps.db, tenantId, (trx) =>
        listAgreements(trx, { tenantId, ...request.query, branches: branchesOf(request, 'accounts.read') }),
      );
      return { items: rows.map(toAgreement) };
    },
  );

  app.post(
    '/tenants/:tenantId/service-points/:servicePointId/move-in',
    {
      config: { access: 'accounts.edit', command: recordAgreementChange },
      schema: {
        tags,
        summary: 'Start an agreement for an account on a day at a vacant service point',
        params: servicePointPathSchema,
        body: moveInSchema,
        response: changeResponses,
      },
    },
    (request, reply) =>
      recordChange(request, reply, request.params.servicePointId, { kind: 'move_in', ...request.body }),
  );

  app.post(
    '/tenants/:tenantId/service-points/:servicePointId/move-out',
    {
      config: { access: 'accounts.edit', command: recordAgreementChange },
      schema: {
        tags,
        summary: "End the running agreement on a day (its last day served) and request the account's final bill",
        params: servicePointPathSchema,
        body: moveOutSchema,
        response: changeResponses,
      },
    },
    (request, reply) =>
      recordChange(request, reply, request.params.servicePointId, { kind: 'move_out', ...request.body }),
  );

  app.post(
    '/tenants/:tenantId/service-points/:servicePointId/transfer',
    {
      config: { access: 'accounts.edit', command: recordAgreementChange },
      schema: {
        tags,
        summary: 'Move the running account out on a day and another account in the next day, together',
        params: servicePointPathSchema,
        body: transferSchema,
        response: changeResponses,
      },
    },
    (request, reply) =>
      recordChange(request, reply, request.params.servicePointId, { kind: 'transfer', ...request.body }),
  );
};
