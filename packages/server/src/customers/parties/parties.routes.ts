import {
  createPartySchema,
  identityDocumentListSchema,
  idSchema,
  pageOf,
  pageQuerySchema,
  partyContactListSchema,
  partyPathSchema,
  partySchema,
  replaceIdentityDocumentsSchema,
  replacePartyContactsSchema,
  tenantPathSchema,
  updatePartySchema,
} from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tenantOf } from '../../access/index.ts';
import { decodeCursor } from '../../http/page-cursor.ts';
import { foundOrProblem, valueOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { createParty } from './create-party.ts';
import { findParty } from './find-party.ts';
import { listIdentityDocuments, replaceIdentityDocuments } from './identity-documents.ts';
import { listParties } from './list-parties.ts';
import { listPartyContacts, replacePartyContacts } from './party-contacts.ts';
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
        response: { 201: partySchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(valueOrProblem(await createParty(deps, tenantOf(request), request.body))),
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
        response: { 200: partySchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      valueOrProblem(
        await updateParty(deps, { tenant: tenantOf(request), partyId: request.params.partyId, changes: request.body }),
      ),
  );

  const listed = <Item>(items: Item[] | undefined) => items && { items };
  const replacing = 'entries with an id are kept and changed, new ones added, missing ones removed';

  app.get(
    '/tenants/:tenantId/parties/:partyId/identity-documents',
    {
      config: { access: 'parties.read' },
      schema: {
        tags,
        summary: "List a party's identity documents, expired ones included",
        params: partyPathSchema,
        response: { 200: identityDocumentListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => foundOrProblem(listed(await listIdentityDocuments(deps, request.params)), 'party_not_found'),
  );

  app.put(
    '/tenants/:tenantId/parties/:partyId/identity-documents',
    {
      config: {
        access: 'parties.edit',
        audit: {
          action: 'party.identity_documents.replace',
          entity: 'party',
          before: async (request) => listed(await listIdentityDocuments(deps, partyPathSchema.parse(request.params))),
        },
      },
      schema: {
        tags,
        summary: `Set a party's identity documents: ${replacing}`,
        params: partyPathSchema,
        body: replaceIdentityDocumentsSchema,
        response: { 200: identityDocumentListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => ({
      items: valueOrProblem(await replaceIdentityDocuments(deps, request.params, request.body)),
    }),
  );

  app.get(
    '/tenants/:tenantId/parties/:partyId/contacts',
    {
      config: { access: 'parties.read' },
      schema: {
        tags,
        summary: "List a party's contacts with their consent to service notices and marketing",
        params: partyPathSchema,
        response: { 200: partyContactListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => foundOrProblem(listed(await listPartyContacts(deps, request.params)), 'party_not_found'),
  );

  app.put(
    '/tenants/:tenantId/parties/:partyId/contacts',
    {
      config: {
        access: 'parties.edit',
        audit: {
          action: 'party.contacts.replace',
          entity: 'party',
          before: async (request) => listed(await listPartyContacts(deps, partyPathSchema.parse(request.params))),
        },
      },
      schema: {
        tags,
        summary: `Set a party's contacts and consents: ${replacing}`,
        params: partyPathSchema,
        body: replacePartyContactsSchema,
        response: { 200: partyContactListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => ({ items: valueOrProblem(await replacePartyContacts(deps, request.params, request.body)) }),
  );
};
