import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { type DatabaseConnection, openDatabase } from './db/index.ts';

/**
 * Opens and migrates the database, builds the app and listens until a signal ends it gracefully.
 * When it cannot listen, it closes the app and the database and throws the error of `listen`.
 */
export async function startServer(
  config: ServerConfig,
  opened?: DatabaseConnection,
): Promise<{ app: FastifyInstance; url: string }> {
  const database = opened ?? (await openDatabase(config.database));
  if (!opened) await database.migrateToLatest();
  const app = await buildApp({
    database,
    version: config.version,
    logLevel: config.logLevel,
    bodyLimitBytes: config.bodyLimitBytes,
    webRoot: config.webRoot,
    security: config.security,
  });
  app.addHook('onClose', async () => database.close());
  // An open database would keep the process alive after the caller has explained a busy port.
  const url = await app.listen({ host: config.host, port: config.port }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });
  return { app, url };
}
