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
import { withTenant } from '../db/index.ts';
import { answerWith, commandValue, runTenantCommand } from '../http/command-route.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { foundOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { createMeter } from './create-meter.ts';
import { exchangeMeter } from './exchange-meter.ts';
import { findMeter } from './find-meter.ts';
import { installMeter } from './install-meter.ts';
import { listMeterReadings } from './list-meter-readings.ts';
import { listMeters } from './list-meters.ts';
import { toMeter, toMeterExchange, toMeterReading, toMeterWithInstallations } from './meter-dto.ts';
import { removeMeter } from './remove-meter.ts';
import { updateMeter } from './update-meter.ts';

const tags = ['meters'];
const isId = (key: string) => idSchema.safeParse(key).success;

export const meterRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
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
      const { tenantId } = request.params;
      const { limit, cursor, q, status, servicePointId, parentMeterId } = request.query;
      const page = await withTenant(deps.db, tenantId, (trx) =>
        listMeters(trx, {
          tenantId,
          limit,
          beforeId: decodeCursor(cursor, isId),
          text: q,
          status,
          servicePointId,
          parentMeterId,
        }),
      );
      return { items: page.items.map(toMeter), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/tenants/:tenantId/meters',
    {
      config: { access: 'metering.edit', command: createMeter },
      schema: {
        tags,
        summary: 'Record a meter in stock; a sub-meter names its master meter',
        params: tenantPathSchema,
        body: createMeterSchema,
        response: { 201: meterWithInstallationsSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      answerWith(reply, await runTenantCommand(deps, request, createMeter, request.body), {
        status: 201,
        body: toMeterWithInstallations,
      }),
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
    async (request) => {
      const meter = await withTenant(deps.db, request.params.tenantId, (trx) => findMeter(trx, request.params));
      return toMeterWithInstallations(foundOrProblem(meter, 'meter_not_found'));
    },
  );

  app.patch(
    '/tenants/:tenantId/meters/:meterId',
    {
      config: { access: 'metering.edit', command: updateMeter },
      schema: {
        tags,
        summary: "Change a meter's registry data, master meter or stock status",
        params: meterPathSchema,
        body: updateMeterSchema,
        response: { 200: meterWithInstallationsSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      toMeterWithInstallations(
        commandValue(
          await runTenantCommand(deps, request, updateMeter, {
            meterId: request.params.meterId,
            changes: request.body,
          }),
        ),
      ),
  );

  app.post(
    '/tenants/:tenantId/meters/:meterId/install',
    {
      config: { access: 'metering.edit', command: installMeter },
      schema: {
        tags,
        summary: 'Install a meter at a service point on a day, with the register it shows',
        params: meterPathSchema,
        body: installMeterSchema,
        response: { 200: meterWithInstallationsSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      toMeterWithInstallations(
        commandValue(
          await runTenantCommand(deps, request, installMeter, { ...request.body, meterId: request.params.meterId }),
        ),
      ),
  );

  app.post(
    '/tenants/:tenantId/meters/:meterId/remove',
    {
      config: { access: 'metering.edit', command: removeMeter },
      schema: {
        tags,
        summary: 'Remove an installed meter on a day, with its final register value',
        params: meterPathSchema,
        body: removeMeterSchema,
        response: { 200: meterWithInstallationsSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) =>
      toMeterWithInstallations(
        commandValue(
          await runTenantCommand(deps, request, removeMeter, { ...request.body, meterId: request.params.meterId }),
        ),
      ),
  );

  app.post(
    '/tenants/:tenantId/meters/:meterId/exchange',
    {
      config: { access: 'metering.edit', command: exchangeMeter },
      schema: {
        tags,
        summary: 'Replace an installed meter by another on one day, in one operation',
        params: meterPathSchema,
        body: exchangeMeterSchema,
        response: { 200: meterExchangeSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      toMeterExchange(
        commandValue(
          await runTenantCommand(deps, request, exchangeMeter, { ...request.body, meterId: request.params.meterId }),
        ),
      ),
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
    async (request) => {
      const readings = await withTenant(deps.db, request.params.tenantId, (trx) =>
        listMeterReadings(trx, request.params),
      );
      return { items: foundOrProblem(readings, 'meter_not_found').map(toMeterReading) };
    },
  );
};
