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
import { withTenant } from '../../db/index.ts';
import { answerWith, commandValue, runTenantCommand } from '../../http/command-route.ts';
import { decodeCursor } from '../../http/page-cursor.ts';
import { foundOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { addServicePoint } from './add-service-point.ts';
import { createPremise } from './create-premise.ts';
import { findPremise } from './find-premise.ts';
import { listPremises } from './list-premises.ts';
import { toNewPremise, toPremise, toPremiseWithServicePoints, toServicePoint } from './premise-dto.ts';
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
      const { tenantId } = request.params;
      const page = await withTenant(deps.db, tenantId, (trx) =>
        listPremises(trx, { tenantId, limit, beforeId: decodeCursor(cursor, isId), text: q, parentPremiseId }),
      );
      return { ...page, items: page.items.map(toPremise) };
    },
  );

  app.post(
    '/tenants/:tenantId/premises',
    {
      config: { access: 'accounts.edit', command: createPremise },
      schema: {
        tags,
        summary: 'Record a premise: an address, or a unit of a building',
        params: tenantPathSchema,
        body: createPremiseSchema,
        response: { 201: premiseWithServicePointsSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      answerWith(reply, await runTenantCommand(deps, request, createPremise, request.body), {
        status: 201,
        body: toNewPremise,
      }),
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
    async (request) => {
      const premise = await withTenant(deps.db, request.params.tenantId, (trx) => findPremise(trx, request.params));
      return toPremiseWithServicePoints(foundOrProblem(premise, 'premise_not_found'));
    },
  );

  app.patch(
    '/tenants/:tenantId/premises/:premiseId',
    {
      config: { access: 'accounts.edit', command: updatePremise },
      schema: {
        tags,
        summary: "Change a premise's address, reference, figures or building",
        params: premisePathSchema,
        body: updatePremiseSchema,
        response: { 200: premiseWithServicePointsSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      toPremiseWithServicePoints(
        commandValue(
          await runTenantCommand(deps, request, updatePremise, {
            premiseId: request.params.premiseId,
            changes: request.body,
          }),
        ),
      ),
  );

  app.post(
    '/tenants/:tenantId/premises/:premiseId/service-points',
    {
      config: { access: 'accounts.edit', command: addServicePoint },
      schema: {
        tags,
        summary: 'Add a service point of a kind to a premise',
        params: premisePathSchema,
        body: createServicePointSchema,
        response: { 201: servicePointSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      answerWith(
        reply,
        await runTenantCommand(deps, request, addServicePoint, {
          premiseId: request.params.premiseId,
          ...request.body,
        }),
        { status: 201, body: toServicePoint },
      ),
  );
};
