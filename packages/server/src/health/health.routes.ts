import { healthSchema } from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { DatabaseConnection } from '../db/index.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ database: DatabaseConnection; version: string }> = async (
  app,
  { database, version },
) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness and database reachability',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (request, reply) => {
      const reachable = await sql`select 1`
        .execute(database.db)
        .then(() => true)
        .catch((error: unknown) => {
          request.log.warn({ err: error }, 'database unreachable');
          return false;
        });
      return reply
        .code(reachable ? 200 : 503)
        .send({ status: reachable ? 'ok' : 'degraded', database: database.backend, version });
    },
  );
};
