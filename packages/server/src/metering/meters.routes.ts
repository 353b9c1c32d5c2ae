import {
  createMeterSchema,
  exchangeMeterSchema,
  idSchema,
  installMeterSchema,
  meterExchangeSchema,
  meterPathSchema,
  meterQuerySchema,
  meterReadingListSchema,
  meterSchema,
  meterWithInstallationsSchema,
  pageOf,
  removeMeterSchema,
  tenantPathSchema,
  updateMeterSchema,
} from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decodeCursor } from '../http/page-cursor.ts';
import { foundOrProblem, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { createMeter } from './create-meter.ts';
import { exchangeMeter } from './exchange-meter.ts';
import { findMeter } from './find-meter.ts';
import { installMeter } from './install-meter.ts';
import { listMeterReadings } from './list-meter-readings.ts';
import { listMeters } from './list-meters.ts';
import { removeMeter } from './remove-meter.ts';
import { updateMeter } from './update-meter.ts';

const tags = ['meters'];
const isId = (key: string) => idSchema.safeParse(key).success;

export const meterRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  // The meter before an operation on it, for the audit trail.
  const meterBefore = (request: { params: unknown }) => findMeter(deps, meterPathSchema.parse(request.params));

  app.get(
    '/tenants/:tenantId/meters',
    {
      config: { access: 'metering.read' },
      schema: {
        tags,
        summary: "List a tenant's meters, newest first, by status, serial, service point or master meter",
        params: tenantPathSchema,
        querystring: meterQuerySchema,
        response: { 200: pageOf(meterSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { limit, cursor, q, status, servicePointId, parentMeterId } = request.query;
      return listMeters(deps, {
        tenantId: request.params.tenantId,
        limit,
        beforeId: decodeCursor(cursor, isId),
        text: q,
        status,
        servicePointId,
        parentMeterId,
      });
    },
  );

  app.post(
    '/tenants/:tenantId/meters',
    {
      config: { access: 'metering.edit', audit: { action: 'meter.create', entity: 'meter' } },
      schema: {
        tags,
        summary: 'Record a meter in stock; a sub-meter names its master meter',
        params: tenantPathSchema,
        body: createMeterSchema,
        response: { 201: meterWithInstallationsSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(valueOrProblem(await createMeter(deps, { tenantId: request.params.tenantId, input: request.body }))),
  );

  app.get(
    '/tenants/:tenantId/meters/:meterId',
    {
      config: { access: 'metering.read' },
      schema: {
        tags,
        summary: 'Get a meter with where it has been installed',
        params: meterPathSchema,
        response: { 200: meterWithInstallationsSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => foundOrProblem(await findMeter(deps, request.params), 'meter_not_found'),
  );

  app.patch(
    '/tenants/:tenantId/meters/:meterId',
    {
      config: { access: 'metering.edit', audit: { action: 'meter.update', entity: 'meter', before: meterBefore } },
      schema: {
        tags,
        summary: "Change a meter's registry data, master meter or stock status",
        params: meterPathSchema,
        body: updateMeterSchema,
        response: { 200: meterWithInstallationsSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) => valueOrProblem(await updateMeter(deps, { ...request.params, changes: request.body })),
  );

  app.post(
    '/tenants/:tenantId/meters/:meterId/install',
    {
      config: { access: 'metering.edit', audit: { action: 'meter.install', entity: 'meter', before: meterBefore } },
      schema: {
        tags,
        summary: 'Install a meter at a service point on a day, with the register it shows',
        params: meterPathSchema,
        body: installMeterSchema,
        response: { 200: meterWithInstallationsSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) => valueOrProblem(await installMeter(deps, { ...request.params, input: request.body })),
  );

  app.post(
    '/tenants/:tenantId/meters/:meterId/remove',
    {
      config: { access: 'metering.edit', audit: { action: 'meter.remove', entity: 'meter', before: meterBefore } },
      schema: {
        tags,
        summary: 'Remove an installed meter on a day, with its final register value',
        params: meterPathSchema,
        body: removeMeterSchema,
        response: { 200: meterWithInstallationsSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => valueOrProblem(await removeMeter(deps, { ...request.params, input: request.body })),
  );

  app.post(
    '/tenants/:tenantId/meters/:meterId/exchange',
    {
      config: { access: 'metering.edit', audit: { action: 'meter.exchange', entity: 'meter', before: meterBefore } },
      schema: {
        tags,
        summary: 'Replace an installed meter by another on one day, in one operation',
        params: meterPathSchema,
        body: exchangeMeterSchema,
        response: { 200: meterExchangeSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) => valueOrProblem(await exchangeMeter(deps, { ...request.params, input: request.body })),
  );

  app.get(
    '/tenants/:tenantId/meters/:meterId/readings',
    {
      config: { access: 'metering.read' },
      schema: {
        tags,
        summary: "List a meter's readings, oldest first",
        params: meterPathSchema,
        response: { 200: meterReadingListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => foundOrProblem(await listMeterReadings(deps, request.params), 'meter_not_found'),
  );
};
