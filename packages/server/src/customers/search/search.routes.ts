import { searchQuerySchema, searchResultSchema, tenantPathSchema } from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/index.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { RouteOptions } from '../../http/route-deps.ts';
import { branchesOf } from '../../http/tenant-scope.ts';
import { findSearchHits } from './find-search-hits.ts';

const tags = ['search'];

export const searchRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/tenants/:tenantId/search',
    {
      config: { access: 'parties.read' },
      schema: {
        tags,
        summary: 'Find parties and accounts by name, account number, e-mail or phone, best first',
        params: tenantPathSchema,
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      // Accounts are found only where the caller may read them.
      const branches = branchesOf(request, 'accounts.read');
      const items = await withTenant(deps.db, request.params.tenantId, (trx) =>
        findSearchHits(trx, { text: request.query.q, limit: request.query.limit, branches }),
      );
      return { items };
    },
  );
};
