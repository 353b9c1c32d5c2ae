import {
  createTenantGroupSchema,
  createTenantSchema,
  pageOf,
  pageQuerySchema,
  tenantGroupSchema,
  tenantPathSchema,
  tenantSchema,
  updateTenantSchema,
} from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../db/index.ts';
import { answerWith, commandValue, runDeploymentCommand, runTenantCommand } from '../http/command-route.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { requirePrincipal } from '../http/principal.ts';
import { foundOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { createTenant } from './create-tenant.ts';
import { createTenantGroup } from './create-tenant-group.ts';
import { findTenant } from './find-tenant.ts';
import { listTenantGroups } from './list-tenant-groups.ts';
import { listTenants } from './list-tenants.ts';
import { updateTenant } from './update-tenant.ts';
import { visibilityOf } from './visible-tenants.ts';

const tags = ['tenants'];
const isTenantCode = (key: string) => /^[a-z0-9-]{1,32}$/.test(key);

export const tenantRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/tenant-groups',
    {
      config: { access: 'tenants.read' },
      schema: {
        tags,
        summary: 'List tenant groups',
        response: { 200: z.object({ items: z.array(tenantGroupSchema) }), ...problemResponses(400) },
      },
    },
    async (request) => {
      const visibility = visibilityOf(requirePrincipal(request).grants);
      return { items: await deps.db.transaction().execute((trx) => listTenantGroups(trx, visibility)) };
    },
  );

  app.post(
    '/tenant-groups',
    {
      config: { access: 'tenants.manage', isDeploymentWide: true, command: createTenantGroup },
      schema: {
        tags,
        summary: 'Create a tenant group',
        body: createTenantGroupSchema,
        response: { 201: tenantGroupSchema, ...problemResponses(400, 409) },
      },
    },
    async (request, reply) =>
      answerWith(reply, await runDeploymentCommand(deps, request, createTenantGroup, request.body), {
        status: 201,
        body: (group) => group,
      }),
  );

  app.get(
    '/tenants',
    {
      config: { access: 'tenants.read' },
      schema: {
        tags,
        summary: 'List tenants in code order',
        querystring: pageQuerySchema.omit({ q: true }),
        response: { 200: pageOf(tenantSchema), ...problemResponses(400) },
      },
    },
    async (request) => {
      const page = {
        limit: request.query.limit,
        afterCode: decodeCursor(request.query.cursor, isTenantCode),
        visibility: visibilityOf(requirePrincipal(request).grants),
      };
      return deps.db.transaction().execute((trx) => listTenants(trx, page));
    },
  );

  app.post(
    '/tenants',
    {
      config: { access: 'tenants.manage', isDeploymentWide: true, command: createTenant },
      schema: {
        tags,
        summary: 'Create a tenant (a utility company)',
        body: createTenantSchema,
        response: { 201: tenantSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      answerWith(reply, await runDeploymentCommand(deps, request, createTenant, request.body), {
        status: 201,
        body: (tenant) => tenant,
      }),
  );

  app.get(
    '/tenants/:tenantId',
    {
      config: { access: 'tenants.read' },
      schema: {
        tags,
        summary: 'Get a tenant',
        params: tenantPathSchema,
        response: { 200: tenantSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { tenantId } = request.params;
      return foundOrProblem(
        await withTenant(deps.db, tenantId, (trx) => findTenant(trx, tenantId)),
        'tenant_not_found',
      );
    },
  );

  app.patch(
    '/tenants/:tenantId',
    {
      config: { access: 'tenants.manage', command: updateTenant },
      schema: {
        tags,
        summary: "Change a tenant's name, country, group, locale, time zone, rounding mode or numbering patterns",
        params: tenantPathSchema,
        body: updateTenantSchema,
        response: { 200: tenantSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => commandValue(await runTenantCommand(deps, request, updateTenant, request.body)),
  );
};
