import {
  createPartySchema,
  idSchema,
  pageOf,
  pageQuerySchema,
  partyPathSchema,
  partySchema,
  tenantPathSchema,
  updatePartySchema,
} from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tenantOf } from '../access/index.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { foundOrProblem, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { createParty } from './create-party.ts';
import { findParty } from './find-party.ts';
import { listParties } from './list-parties.ts';
import { updateParty } from './update-party.ts';

const tags = ['parties'];
const isId = (key: string) => idSchema.safeParse(key).success;

export const partyRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/tenants/:tenantId/parties',
    {
      config: { access: 'parties.read' },
      schema: {
        tags,
        summary: "List a tenant's parties, newest first",
        params: tenantPathSchema,
        querystring: pageQuerySchema,
        response: { 200: pageOf(partySchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { limit, cursor, q } = request.query;
      return listParties(deps, {
        tenantId: request.params.tenantId,
        limit,
        beforeId: decodeCursor(cursor, isId),
        nameContains: q,
      });
    },
  );

  app.post(
    '/tenants/:tenantId/parties',
    {
      config: { access: 'parties.edit', audit: { action: 'party.create', entity: 'party' } },
      schema: {
        tags,
        summary: 'Create a person or an organisation',
        params: tenantPathSchema,
        body: createPartySchema,
        response: { 201: partySchema, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await createParty(deps, tenantOf(request), request.body)),
  );

  app.get(
    '/tenants/:tenantId/parties/:partyId',
    {
      config: { access: 'parties.read' },
      schema: {
        tags,
        summary: 'Get a party',
        params: partyPathSchema,
        response: { 200: partySchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => foundOrProblem(await findParty(deps, request.params), 'party_not_found'),
  );

  app.patch(
    '/tenants/:tenantId/parties/:partyId',
    {
      config: {
        access: 'parties.edit',
        audit: {
          action: 'party.update',
          entity: 'party',
          before: (request) => findParty(deps, partyPathSchema.parse(request.params)),
        },
      },
      schema: {
        tags,
        summary: "Change a party's names or contact details",
        params: partyPathSchema,
        body: updatePartySchema,
        response: { 200: partySchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) =>
      valueOrProblem(
        await updateParty(deps, { tenant: tenantOf(request), partyId: request.params.partyId, changes: request.body }),
      ),
  );
};
