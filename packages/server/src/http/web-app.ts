import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem-response.ts';

const apiPrefixes = ['/api/', '/health'];

/**
 * Serves the built web app at / and answers any other browser path with its index.html,
 * so client-side routes survive a reload. API paths that match nothing get a 404 problem.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  const hasWebApp = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWebApp) await app.register(fastifyStatic, { root: webRoot });
  else app.log.warn({ webRoot }, 'web app not built: run `npm run build:web` to serve it');

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = apiPrefixes.some((prefix) => path.startsWith(prefix));
    // A missing file (/assets/old-build.js) is a 404; any other page path is a client-side route.
    const isFile = /\.[A-Za-z0-9]+$/.test(path);
    if (hasWebApp && !isApi && !isFile && request.method === 'GET') return reply.sendFile('index.html');
    return sendProblem(request, reply, {
      code: 'route_not_found',
      detail: `${request.method} ${path} is not a route of this server`,
    });
  });
}
