import {
  createPremiseSchema,
  createServicePointSchema,
  idSchema,
  pageOf,
  premisePathSchema,
  premiseQuerySchema,
  premiseSchema,
  premiseWithServicePointsSchema,
  servicePointSchema,
  tenantPathSchema,
  updatePremiseSchema,
} from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decodeCursor } from '../../http/page-cursor.ts';
import { foundOrProblem, valueOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { addServicePoint } from './add-service-point.ts';
import { createPremise } from './create-premise.ts';
import { findPremise } from './find-premise.ts';
import { listPremises } from './list-premises.ts';
import { updatePremise } from './update-premise.ts';

const tags = ['premises'];
const isId = (key: string) => idSchema.safeParse(key).success;

export const premiseRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/tenants/:tenantId/premises',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: "List a tenant's premises, newest first",
        params: tenantPathSchema,
        querystring: premiseQuerySchema,
        response: { 200: pageOf(premiseSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { limit, cursor, q, parentPremiseId } = request.query;
      return listPremises(deps, {
        tenantId: request.params.tenantId,
        limit,
        beforeId: decodeCursor(cursor, isId),
        text: q,
        parentPremiseId,
      });
    },
  );

  app.post(
    '/tenants/:tenantId/premises',
    {
      config: { access: 'accounts.edit', audit: { action: 'premise.create', entity: 'premise' } },
      schema: {
        tags,
        summary: 'Record a premise: an address, or a unit of a building',
        params: tenantPathSchema,
        body: createPremiseSchema,
        response: { 201: premiseWithServicePointsSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(valueOrProblem(await createPremise(deps, { tenantId: request.params.tenantId, input: request.body }))),
  );

  app.get(
    '/tenants/:tenantId/premises/:premiseId',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: 'Get a premise with its service points',
        params: premisePathSchema,
        response: { 200: premiseWithServicePointsSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => foundOrProblem(await findPremise(deps, request.params), 'premise_not_found'),
  );

  app.patch(
    '/tenants/:tenantId/premises/:premiseId',
    {
      config: {
        access: 'accounts.edit',
        audit: {
          action: 'premise.update',
          entity: 'premise',
          before: (request) => findPremise(deps, premisePathSchema.parse(request.params)),
        },
      },
      schema: {
        tags,
        summary: "Change a premise's address, reference, figures or building",
        params: premisePathSchema,
        body: updatePremiseSchema,
        response: { 200: premiseWithServicePointsSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) => valueOrProblem(await updatePremise(deps, { ...request.params, changes: request.body })),
  );

  app.post(
    '/tenants/:tenantId/premises/:premiseId/service-points',
    {
      config: { access: 'accounts.edit', audit: { action: 'service_point.create', entity: 'service_point' } },
      schema: {
        tags,
        summary: 'Add a service point of a kind to a premise',
        params: premisePathSchema,
        body: createServicePointSchema,
        response: { 201: servicePointSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(valueOrProblem(await addServicePoint(deps, { ...request.params, input: request.body }))),
  );
};
