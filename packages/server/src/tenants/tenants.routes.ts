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
import { requirePrincipal } from '../access/index.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { foundOrProblem, valueOrProblem } from '../http/problem-error.ts';
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
    async (request) => ({ items: await listTenantGroups(deps, visibilityOf(requirePrincipal(request).grants)) }),
  );

  app.post(
    '/tenant-groups',
    {
      config: {
        access: 'tenants.manage',
        isDeploymentWide: true,
        audit: { action: 'tenant_group.create', entity: 'tenant_group' },
      },
      schema: {
        tags,
        summary: 'Create a tenant group',
        body: createTenantGroupSchema,
        response: { 201: tenantGroupSchema, ...problemResponses(400, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(valueOrProblem(await createTenantGroup(deps, request.body))),
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
    async (request) =>
      listTenants(deps, {
        limit: request.query.limit,
        afterCode: decodeCursor(request.query.cursor, isTenantCode),
        visibility: visibilityOf(requirePrincipal(request).grants),
      }),
  );

  app.post(
    '/tenants',
    {
      config: {
        access: 'tenants.manage',
        isDeploymentWide: true,
        audit: { action: 'tenant.create', entity: 'tenant' },
      },
      schema: {
        tags,
        summary: 'Create a tenant (a utility company)',
        body: createTenantSchema,
        response: { 201: tenantSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(valueOrProblem(await createTenant(deps, request.body))),
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
    async (request) => foundOrProblem(await findTenant(deps, request.params.tenantId), 'tenant_not_found'),
  );

  app.patch(
    '/tenants/:tenantId',
    {
      config: {
        access: 'tenants.manage',
        audit: {
          action: 'tenant.update',
          entity: 'tenant',
          before: (request) => findTenant(deps, tenantPathSchema.parse(request.params).tenantId),
        },
      },
      schema: {
        tags,
        summary: "Change a tenant's name, country, group, locale, time zone or rounding mode",
        params: tenantPathSchema,
        body: updateTenantSchema,
        response: { 200: tenantSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => valueOrProblem(await updateTenant(deps, request.params.tenantId, request.body)),
  );
};
