import { partyOverviewSchema, partyPathSchema } from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/index.ts';
import { foundOrProblem } from '../../http/problem-error.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { branchesOf, tenantAccessOf, tenantOf } from '../../http/tenant-scope.ts';
import { findPartyOverview } from './find-party-overview.ts';

const tags = ['customers'];

export const customerRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/tenants/:tenantId/parties/:partyId/overview',
    {
      config: { access: 'parties.read' },
      schema: {
        tags,
        summary: 'The customer 360 view: a party with its accounts, premises, agreements, meters and timeline',
        description:
          "Accounts are those the caller's accounts.read reaches (a branch-limited caller sees only their branches'; " +
          'without accounts.read, none); premises, agreements, meters and timeline follow those accounts. Changes to ' +
          'the party from the audit trail appear only for a caller holding audit.read across the tenant.',
        params: partyPathSchema,
        response: { 200: partyOverviewSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const query = {
        tenant: tenantOf(request),
        partyId: request.params.partyId,
        branches: branchesOf(request, 'accounts.read'),
        canReadAudit: tenantAccessOf(request).branchesFor('audit.read') === null,
      };
      const overview = await withTenant(deps.db, request.params.tenantId, (trx) => findPartyOverview(trx, query));
      return foundOrProblem(overview, 'party_not_found');
    },
  );
};
