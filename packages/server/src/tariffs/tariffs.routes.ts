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
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CommandOutcome } from '../commands/index.ts';
import { withTenant } from '../db/index.ts';
import { answerWith, runTenantCommand } from '../http/command-route.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { foundOrProblem, ProblemError, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { tenantOf } from '../http/tenant-scope.ts';
import { addPricePlanVersion } from './add-price-plan-version.ts';
import { createPricePlan } from './create-price-plan.ts';
import { findPricePlan } from './find-price-plan.ts';
import { listPricePlans } from './list-price-plans.ts';
import { previewSentPlan, previewStoredPlan } from './preview-rating.ts';
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

/** A plan command's answer: 201 with the plan, 202 when held for approval, or its problem. */
const answerPlan = <T, Code extends ErrorCode>(reply: FastifyReply, outcome: CommandOutcome<T, Code>) =>
  outcome.ok === 'held'
    ? answerWith(reply, outcome, { body: (value) => value })
    : reply.code(201).send(valueOrPlanProblem(outcome as Result<T, Code> | PricePlanInvalid, 'body'));

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
      config: { access: 'tariffs.publish', command: createPricePlan },
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
    async (request, reply) => answerPlan(reply, await runTenantCommand(deps, request, createPricePlan, request.body)),
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
    async (request) =>
      foundOrProblem(
        await withTenant(deps.db, request.params.tenantId, (trx) => findPricePlan(trx, request.params)),
        'price_plan_not_found',
      ),
  );

  app.post(
    '/tenants/:tenantId/price-plans/:planId/versions',
    {
      config: { access: 'tariffs.publish', command: addPricePlanVersion },
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
    async (request, reply) =>
      answerPlan(
        reply,
        await runTenantCommand(deps, request, addPricePlanVersion, {
          planId: request.params.planId,
          version: request.body,
        }),
      ),
  );

  app.post(
    '/rating/preview',
    {
      // A preview stores nothing, so there is no change to record.
      config: { access: 'rating.preview', command: false },
      schema: {
        tags,
        summary: 'Rate one period on a plan sent inline or on a stored plan, storing nothing',
        body: ratingPreviewSchema,
        response: { 200: ratedBillSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => {
      const preview = request.body;
      if (preview.plan)
        return ratedBillResponse(valueOrPlanProblem(previewSentPlan({ ...preview, plan: preview.plan }), 'body.plan'));
      const { pricePlanId } = preview;
      if (pricePlanId === undefined) throw new Error('ratingPreviewSchema lets no preview through without a plan');
      // The access check bound the tenant the body names.
      const tenant = tenantOf(request);
      const rated = await withTenant(deps.db, tenant.id, (trx) =>
        previewStoredPlan(trx, tenant, { ...preview, pricePlanId }),
      );
      return ratedBillResponse(valueOrProblem(rated));
    },
  );
};
