import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DatabaseLocation } from './db/index.ts';

/** Every environment variable the server reads; README's configuration table lists the same. */
const environmentSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  UTILIS_DATA_DIR: z.string().min(1).default('./data'),
  UTILIS_WEB_DIR: z.string().min(1).optional(),
  UTILIS_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseLocation;
  webRoot: string;
  bodyLimitBytes: number;
  logLevel: string;
  version: string;
}

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export function configFromEnvironment(environment: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  return {
    host: env.HOST,
    port: env.PORT,
    database: env.DATABASE_URL
      ? { backend: 'postgres', url: env.DATABASE_URL }
      : { backend: 'pglite', dataDir: resolve(env.UTILIS_DATA_DIR, 'pglite') },
    webRoot: env.UTILIS_WEB_DIR ? resolve(env.UTILIS_WEB_DIR) : resolve(packageRoot, '../web/dist'),
    bodyLimitBytes: env.UTILIS_BODY_LIMIT_BYTES,
    logLevel: env.LOG_LEVEL,
    version: (JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as { version: string }).version,
  };
}
