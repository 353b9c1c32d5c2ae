import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SecuritySettings } from './app.ts';
import type { DatabaseLocation } from './db/index.ts';

const booleanText = z.enum(['true', 'false', '1', '0']).transform((text) => text === 'true' || text === '1');
const positive = z.coerce.number().int().min(1);

/** Every environment variable the server reads; README's configuration table lists the same. */
const environmentSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  UTILIS_DATA_DIR: z.string().min(1).default('./data'),
  UTILIS_WEB_DIR: z.string().min(1).optional(),
  UTILIS_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  UTILIS_COOKIE_SECURE: booleanText.default(true),
  UTILIS_SESSION_IDLE_MINUTES: positive.default(120),
  UTILIS_SESSION_ABSOLUTE_HOURS: positive.default(12),
  UTILIS_LOGIN_MAX_FAILURES: positive.default(5),
  UTILIS_LOGIN_LOCK_MINUTES: positive.default(15),
  UTILIS_LOGIN_ATTEMPTS_PER_MINUTE: positive.default(10),
  UTILIS_REQUESTS_PER_MINUTE: positive.default(1200),
});

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseLocation;
  webRoot: string;
  bodyLimitBytes: number;
  logLevel: string;
  version: string;
  security: SecuritySettings;
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
    security: {
      isCookieSecure: env.UTILIS_COOKIE_SECURE,
      session: { idleMinutes: env.UTILIS_SESSION_IDLE_MINUTES, absoluteHours: env.UTILIS_SESSION_ABSOLUTE_HOURS },
      lockout: { maxFailedLogins: env.UTILIS_LOGIN_MAX_FAILURES, lockMinutes: env.UTILIS_LOGIN_LOCK_MINUTES },
      loginAttemptsPerMinute: env.UTILIS_LOGIN_ATTEMPTS_PER_MINUTE,
      requestsPerMinute: env.UTILIS_REQUESTS_PER_MINUTE,
    },
    version: (JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as { version: string }).version,
  };
}
