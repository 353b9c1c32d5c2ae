import { randomUUID } from 'node:crypto';
import type { Tenant } from '@utilis/contracts';
import type { FastifyInstance } from 'fastify';
import { type AppDeps, buildApp } from '../app.ts';
import type { DatabaseConnection } from '../db/index.ts';
import { openTestDatabase } from '../db/testing/test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseConnection;
  close(): Promise<void>;
}

/** The real app over the test database, silent, for app.inject(). */
export async function openTestApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ database, version: 'test', logLevel: 'silent', ...overrides });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A tenant with a code no other test uses, so suites can share one PostgreSQL database. */
export async function createTestTenant(app: FastifyInstance, overrides: Record<string, unknown> = {}): Promise<Tenant> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/tenants',
    payload: {
      code: `t-${randomUUID().slice(0, 13)}`,
      name: 'Test Water',
      country: 'FR',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
      ...overrides,
    },
  });
  if (response.statusCode !== 201) throw new Error(`Test tenant not created: ${response.body}`);
  return response.json<Tenant>();
}
