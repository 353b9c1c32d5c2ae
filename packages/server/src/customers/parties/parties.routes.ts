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
import { withTenant } from '../../db/index.ts';
import { answerWith, commandValue, runTenantCommand } from '../../http/command-route.ts';
import { decodeCursor } from '../../http/page-cursor.ts';
import { foundOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { createParty } from './create-party.ts';
import { findParty } from './find-party.ts';
import { listIdentityDocuments } from './list-identity-documents.ts';
import { listParties } from './list-parties.ts';
import { listPartyContacts } from './list-party-contacts.ts';
import { listOf, toIdentityDocument, toParty, toPartyContact } from './party-dto.ts';
import { replaceIdentityDocuments } from './replace-identity-documents.ts';
import { replacePartyContacts } from './replace-party-contacts.ts';
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
      const { tenantId } = request.params;
      const page = await withTenant(deps.db, tenantId, (trx) =>
        listParties(trx, { tenantId, limit, beforeId: decodeCursor(cursor, isId), nameContains: q }),
      );
      return { ...page, items: page.items.map(toParty) };
    },
  );

  app.post(
    '/tenants/:tenantId/parties',
    {
      config: { access: 'parties.edit', command: createParty },
      schema: {
        tags,
        summary: 'Create a person or an organisation',
        description:
          "Without a reference, the party gets the tenant's next customer number (its partyReferencePattern, " +
          'else C, eight digits and a check digit).',
        params: tenantPathSchema,
        body: createPartySchema,
        response: { 201: partySchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      answerWith(reply, await runTenantCommand(deps, request, createParty, request.body), {
        status: 201,
        body: toParty,
      }),
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
    async (request) => {
      const party = await withTenant(deps.db, request.params.tenantId, (trx) => findParty(trx, request.params));
      return toParty(foundOrProblem(party, 'party_not_found'));
    },
  );

  app.patch(
    '/tenants/:tenantId/parties/:partyId',
    {
      config: { access: 'parties.edit', command: updateParty },
      schema: {
        tags,
        summary: "Change a party's names, contact details or customer number",
        params: partyPathSchema,
        body: updatePartySchema,
        response: { 200: partySchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      toParty(
        commandValue(
          await runTenantCommand(deps, request, updateParty, {
            partyId: request.params.partyId,
            changes: request.body,
          }),
        ),
      ),
  );

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
    async (request) => {
      const documents = await withTenant(deps.db, request.params.tenantId, (trx) =>
        listIdentityDocuments(trx, request.params),
      );
      return listOf(foundOrProblem(documents, 'party_not_found'), toIdentityDocument);
    },
  );

  app.put(
    '/tenants/:tenantId/parties/:partyId/identity-documents',
    {
      config: { access: 'parties.edit', command: replaceIdentityDocuments },
      schema: {
        tags,
        summary: `Set a party's identity documents: ${replacing}`,
        params: partyPathSchema,
        body: replaceIdentityDocumentsSchema,
        response: { 200: identityDocumentListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const input = { partyId: request.params.partyId, ...request.body };
      const documents = commandValue(await runTenantCommand(deps, request, replaceIdentityDocuments, input));
      return listOf(documents, toIdentityDocument);
    },
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
    async (request) => {
      const contacts = await withTenant(deps.db, request.params.tenantId, (trx) =>
        listPartyContacts(trx, request.params),
      );
      return listOf(foundOrProblem(contacts, 'party_not_found'), toPartyContact);
    },
  );

  app.put(
    '/tenants/:tenantId/parties/:partyId/contacts',
    {
      config: { access: 'parties.edit', command: replacePartyContacts },
      schema: {
        tags,
        summary: `Set a party's contacts and consents: ${replacing}`,
        params: partyPathSchema,
        body: replacePartyContactsSchema,
        response: { 200: partyContactListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const input = { partyId: request.params.partyId, ...request.body };
      const contacts = commandValue(await runTenantCommand(deps, request, replacePartyContacts, input));
      return listOf(contacts, toPartyContact);
    },
  );
};
