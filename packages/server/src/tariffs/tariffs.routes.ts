import {
  type ErrorCode,
  idSchema,
  pageOf,
  pricePlanPathSchema,
  pricePlanQuerySchema,
  pricePlanRecordSchema,
  pricePlanSchema,
  pricePlanSummarySchema,
  pricePlanVersionSchema,
  ratedBillSchema,
  ratingPreviewSchema,
  tenantPathSchema,
} from '@utilis/contracts';
import type { Result } from '@utilis/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tenantOf } from '../access/index.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { foundOrProblem, ProblemError, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { addPricePlanVersion } from './add-price-plan-version.ts';
import { createPricePlan } from './create-price-plan.ts';
import { findPricePlan } from './find-price-plan.ts';
import { listPricePlans } from './list-price-plans.ts';
import { previewRating } from './preview-rating.ts';
import type { PricePlanInvalid } from './price-plan-invalid.ts';
import { ratedBillResponse } from './rated-bill-response.ts';

const tags = ['tariffs'];
const isId = (key: string) => idSchema.safeParse(key).success;

/** A use case's value or its problem; a refused plan names each field under `root` (body, body.plan). */
function valueOrPlanProblem<T>(result: Result<T, ErrorCode> | PricePlanInvalid, root: string): T {
  if (!result.ok && 'problems' in result) {
    throw new ProblemError(
      result.code,
      result.detail,
      result.problems.map((problem) => ({
        path: problem.path ? `${root}.${problem.path}` : root,
        code: problem.code,
        message: problem.message,
      })),
    );
  }
  return valueOrProblem(result);
}

export const tariffRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/tenants/:tenantId/price-plans',
    {
      config: { access: 'tariffs.read' },
      schema: {
        tags,
        summary: "List a tenant's price plans, newest first",
        params: tenantPathSchema,
        querystring: pricePlanQuerySchema,
        response: { 200: pageOf(pricePlanSummarySchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { limit, cursor, q } = request.query;
      return listPricePlans(deps, {
        tenantId: request.params.tenantId,
        limit,
        beforeId: decodeCursor(cursor, isId),
        text: q,
      });
    },
  );

  app.post(
    '/tenants/:tenantId/price-plans',
    {
      config: { access: 'tariffs.publish' },
      schema: {
        tags,
        summary: 'Store a price plan with its versions',
        description: 'The plan format is described in docs/tariffs.md.',
        params: tenantPathSchema,
        body: pricePlanSchema,
        response: { 201: pricePlanRecordSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(valueOrPlanProblem(await createPricePlan(deps, tenantOf(request), request.body), 'body')),
  );

  app.get(
    '/tenants/:tenantId/price-plans/:planId',
    {
      config: { access: 'tariffs.read' },
      schema: {
        tags,
        summary: 'Get a price plan with all its versions',
        params: pricePlanPathSchema,
        response: { 200: pricePlanRecordSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => foundOrProblem(await findPricePlan(deps, request.params), 'price_plan_not_found'),
  );

  app.post(
    '/tenants/:tenantId/price-plans/:planId/versions',
    {
      config: { access: 'tariffs.publish' },
      schema: {
        tags,
        summary: 'Change prices: add a version taking effect after the latest one',
        params: pricePlanPathSchema,
        body: pricePlanVersionSchema,
        response: { 201: pricePlanRecordSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          valueOrPlanProblem(await addPricePlanVersion(deps, { ...request.params, version: request.body }), 'body'),
        ),
  );

  app.post(
    '/rating/preview',
    {
      config: { access: 'rating.preview' },
      schema: {
        tags,
        summary: 'Rate one period on a plan sent inline or on a stored plan, storing nothing',
        body: ratingPreviewSchema,
        response: { 200: ratedBillSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => ratedBillResponse(valueOrPlanProblem(await previewRating(deps, request.body), 'body.plan')),
  );
};
