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
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { branchesOf, tenantOf } from '../../access/index.ts';
import { foundOrProblem, valueOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { findServicePoint } from './find-service-point.ts';
import { listAgreements } from './list-agreements.ts';
import { type AgreementChangeCommand, recordAgreementChange } from './record-agreement-change.ts';

const tags = ['agreements'];
// The change is its own entity; the service point's id is in the path and the response.
const audit = (action: string) => ({ action, entity: 'agreement_change' });
const changeResponses = { 201: agreementChangeSchema, ...problemResponses(400, 403, 404, 409, 422) };

export const agreementRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  // The three operations differ only in their command; recording and answering are one.
  const recordChange = async (request: FastifyRequest, servicePointId: string, command: AgreementChangeCommand) =>
    valueOrProblem(
      await recordAgreementChange(deps, {
        tenant: tenantOf(request),
        servicePointId,
        command,
        branches: branchesOf(request, 'accounts.edit'),
      }),
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
    async (request) => foundOrProblem(await findServicePoint(deps, request.params), 'service_point_not_found'),
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
    async (request) =>
      listAgreements(deps, {
        tenantId: request.params.tenantId,
        ...request.query,
        branches: branchesOf(request, 'accounts.read'),
      }),
  );

  app.post(
    '/tenants/:tenantId/service-points/:servicePointId/move-in',
    {
      config: { access: 'accounts.edit', audit: audit('agreement.move_in') },
      schema: {
        tags,
        summary: 'Start an agreement for an account on a day at a vacant service point',
        params: servicePointPathSchema,
        body: moveInSchema,
        response: changeResponses,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordChange(request, request.params.servicePointId, { kind: 'move_in', ...request.body })),
  );

  app.post(
    '/tenants/:tenantId/service-points/:servicePointId/move-out',
    {
      config: { access: 'accounts.edit', audit: audit('agreement.move_out') },
      schema: {
        tags,
        summary: "End the running agreement on a day (its last day served) and request the account's final bill",
        params: servicePointPathSchema,
        body: moveOutSchema,
        response: changeResponses,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordChange(request, request.params.servicePointId, { kind: 'move_out', ...request.body })),
  );

  app.post(
    '/tenants/:tenantId/service-points/:servicePointId/transfer',
    {
      config: { access: 'accounts.edit', audit: audit('agreement.transfer') },
      schema: {
        tags,
        summary: 'Move the running account out on a day and another account in the next day, together',
        params: servicePointPathSchema,
        body: transferSchema,
        response: changeResponses,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordChange(request, request.params.servicePointId, { kind: 'transfer', ...request.body })),
  );
};
