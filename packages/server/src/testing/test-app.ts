import { randomUUID } from 'node:crypto';
import type { BuiltInRole, GrantScope, Tenant } from '@utilis/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse, RouteOptions } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { createUser } from '../access/index.ts';
import { type AppDeps, buildApp } from '../app.ts';
import { runCommand, systemOrigin } from '../commands/index.ts';
import type { DatabaseConnection } from '../db/index.ts';
import { openTestDatabase } from '../db/testing/test-database.ts';

/** Something that answers requests: the raw app, or the app as a signed-in person. */
export interface Injector {
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  /** The app as a deployment-wide administrator, already signed in. */
  app: Injector;
  /** The app as an anonymous caller. */
  raw: FastifyInstance;
  /** Every route the app registered, HEAD routes included, in registration order. */
  routes: readonly RouteOptions[];
  database: DatabaseConnection;
  /** A new user holding a built-in role at a scope, signed in. */
  signedInAs(role: BuiltInRole, scope: GrantScope): Promise<SignedIn>;
  close(): Promise<void>;
}

export interface SignedIn extends Injector {
  readonly userId: string;
  readonly email: string;
  readonly password: string;
}

export const testPassword = 'correct horse battery staple';

/** The real app over the test database, silent, with a signed-in administrator for app.inject(). */
export async function openTestApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const routes: RouteOptions[] = [];
  const raw = await buildApp({
    database,
    version: 'test',
    logLevel: 'silent',
    ...overrides,
    onRoute: (route) => {
      routes.push(route);
      overrides.onRoute?.(route);
    },
    security: { requestsPerMinute: 100_000, loginAttemptsPerMinute: 1000, ...overrides.security },
  });
  await raw.ready();
  const signedInAs = async (role: BuiltInRole, scope: GrantScope): Promise<SignedIn> => {
    const roleRow = await database.db
      .selectFrom('role')
      .select('id')
      .where('code', '=', role)
      .executeTakeFirstOrThrow();
    const email = `${role}-${randomUUID().slice(0, 8)}@test.utilis`;
    const created = await runCommand(
      { db: database.db, now: () => Temporal.Now.instant(), newId: uuidv7 },
      { tenant: null, origin: systemOrigin('test setup') },
      createUser,
      { email, displayName: `Test ${role}`, password: testPassword, grants: [{ roleId: roleRow.id, scope }] },
    );
    if (created.ok !== true) throw new Error(`Test user not created: ${JSON.stringify(created)}`);
    const userId = created.value.user.id;
    return { ...(await signIn(raw, email, testPassword)), userId, email, password: testPassword };
  };
  const app = await signedInAs('administrator', { scope: 'deployment' });
  return {
    app,
    raw,
    routes,
    database,
    signedInAs,
    close: async () => {
      await raw.close();
      await database.close();
    },
  };
}

/** Signs in through the API and returns an injector that sends the session cookie and CSRF token. */
export async function signIn(raw: FastifyInstance, email: string, password: string): Promise<Injector> {
  const response = await raw.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`Sign-in failed: ${response.body}`);
  const cookie = response.cookies.find((each) => each.name === 'utilis_session');
  if (!cookie) throw new Error('Sign-in set no session cookie');
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return {
    inject: (options) =>
      raw.inject({
        ...options,
        headers: { cookie: `utilis_session=${cookie.value}`, 'x-csrf-token': csrfToken, ...options.headers },
      }),
  };
}

/** A tenant with a code no other test uses, so suites can share one PostgreSQL database. */
export async function createTestTenant(app: Injector, overrides: Record<string, unknown> = {}): Promise<Tenant> {
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
