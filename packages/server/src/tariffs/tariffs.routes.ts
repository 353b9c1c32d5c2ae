import {
  approvalRequestSchema,
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
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal, tenantOf } from '../access/index.ts';
import { approvableAction } from '../approvals/index.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { foundOrProblem, ProblemError, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { addPricePlanVersion } from './add-price-plan-version.ts';
import { checkPricePlan } from './check-price-plan.ts';
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
  // Publishing prices is what a tenant may want a second person to approve (fourEyesActions).
  const createPlan = approvableAction({
    params: tenantPathSchema,
    body: pricePlanSchema,
    summarize: async ({ body }, { tenant }) => {
      valueOrPlanProblem(checkPricePlan(tenant, body), 'body');
      const from = body.versions.map((version) => version.effectiveFrom).sort()[0];
      return `Publish price plan ${body.code} with ${body.versions.length} version(s) from ${from}`;
    },
    run: async ({ body }, { tenant }) => valueOrPlanProblem(await createPricePlan(deps, tenant, body), 'body'),
  });
  const addVersion = approvableAction({
    params: pricePlanPathSchema,
    body: pricePlanVersionSchema,
    summarize: async ({ params, body }) => {
      const plan = foundOrProblem(await findPricePlan(deps, params), 'price_plan_not_found');
      return `Change the prices of ${plan.definition.code} from ${body.effectiveFrom}`;
    },
    run: async ({ params, body }) =>
      valueOrPlanProblem(await addPricePlanVersion(deps, { ...params, version: body }), 'body'),
  });
  const runNow = (request: FastifyRequest) => ({ tenant: tenantOf(request), actor: requirePrincipal(request) });

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
      config: {
        access: 'tariffs.publish',
        approval: createPlan,
        audit: { action: 'price_plan.create', entity: 'price_plan' },
      },
      schema: {
        tags,
        summary: 'Store a price plan with its versions',
        description:
          'The plan format is described in docs/tariffs.md. Where the tenant lists tariffs.publish in ' +
          'fourEyesActions, the request is held for approval and answered 202.',
        params: tenantPathSchema,
        body: pricePlanSchema,
        response: {
          201: pricePlanRecordSchema,
          202: approvalRequestSchema,
          ...problemResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await createPlan.run(request, runNow(request))),
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
      config: {
        access: 'tariffs.publish',
        approval: addVersion,
        audit: {
          action: 'price_plan.add_version',
          entity: 'price_plan',
          before: (request) => findPricePlan(deps, pricePlanPathSchema.parse(request.params)),
        },
      },
      schema: {
        tags,
        summary: 'Change prices: add a version taking effect after the latest one',
        description: 'Held for approval and answered 202 where the tenant lists tariffs.publish in fourEyesActions.',
        params: pricePlanPathSchema,
        body: pricePlanVersionSchema,
        response: {
          201: pricePlanRecordSchema,
          202: approvalRequestSchema,
          ...problemResponses(400, 401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await addVersion.run(request, runNow(request))),
  );

  app.post(
    '/rating/preview',
    {
      // A preview stores nothing, so there is no change to record.
      config: { access: 'rating.preview', audit: false },
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
