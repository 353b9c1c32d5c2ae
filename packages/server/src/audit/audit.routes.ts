import { auditEventSchema, auditQuerySchema, pageOf, tenantPathSchema } from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { withTenant } from '../db/index.ts';
import { decodeCursor } from '../http/page-cursor.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { deploymentChain } from './deployment-chain.ts';
import { linkAuditEvents } from './link-audit-events.ts';
import { listAuditEvents } from './list-audit-events.ts';

const tags = ['audit'];
const isSequence = (key: string) => /^[1-9][0-9]{0,18}$/.test(key);

const pageRequest = ({ limit, cursor, ...filter }: z.infer<typeof auditQuerySchema>) => {
  const sequence = decodeCursor(cursor, isSequence);
  return { limit, beforeSequence: sequence === undefined ? undefined : BigInt(sequence), filter };
};

export const auditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  // Events a command committed moments ago may still wait to be chained: chain them, then read.
  const listChain = async (chainId: string, page: ReturnType<typeof pageRequest>) => {
    await linkAuditEvents(deps.db, chainId);
    return withTenant(deps.db, chainId, (trx) => listAuditEvents(trx, { chainId, ...page }));
  };

  app.get(
    '/tenants/:tenantId/audit-events',
    {
      config: { access: 'audit.read' },
      schema: {
        tags,
        summary: "A tenant's audit trail, newest first",
        description: 'Who changed what in the tenant, when and from where, with the entity before and after.',
        params: tenantPathSchema,
        querystring: auditQuerySchema,
        response: { 200: pageOf(auditEventSchema), ...problemResponses(400, 403, 404) },
      },
    },
    async (request) => listChain(request.params.tenantId, pageRequest(request.query)),
  );

  app.get(
    '/audit-events',
    {
      config: { access: 'audit.read', isDeploymentWide: true },
      schema: {
        tags,
        summary: 'The audit trail of the whole deployment, newest first',
        description: 'Sign-ins, tenants, tenant groups, users and roles: changes that belong to no one tenant.',
        querystring: auditQuerySchema,
        response: { 200: pageOf(auditEventSchema), ...problemResponses(400, 403) },
      },
    },
    async (request) => listChain(deploymentChain, pageRequest(request.query)),
  );
};
