import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../access/index.ts';
import { buildApp } from '../app.ts';
import { openDatabase } from '../db/index.ts';
import { createTestTenant, signIn, testPassword } from '../testing/test-app.ts';

const bin = fileURLToPath(new URL('../../bin/utilis.js', import.meta.url));
const run = promisify(execFile);
const deploymentChain = '00000000-0000-0000-0000-000000000000';

describe('utilis audit verify', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'utilis-audit-'));
  const database = () => openDatabase({ backend: 'pglite', dataDir: join(dataDir, 'pglite') });
  // The command reads the embedded database in dataDir, whatever DATABASE_URL the suite uses.
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  const verify = (...options: string[]) =>
    run(process.execPath, [bin, 'audit', 'verify', ...options], {
      env: { ...environment, UTILIS_DATA_DIR: dataDir },
    });
  let tenantId: string;

  // A person signs in, creates a tenant, then creates and changes a party: two events per chain.
  beforeAll(async () => {
    const connection = await database();
    await connection.migrateToLatest();
    const app = await buildApp({ database: connection, version: 'test', logLevel: 'silent' });
    try {
      const deps = { db: connection.db, now: () => Temporal.Now.instant(), newId: uuidv7 };
      const roles = await connection.db.selectFrom('role').select('id').where('code', '=', 'administrator').execute();
      const email = 'operator@test.utilis';
      const grants = roles.map((role) => ({ roleId: role.id, scope: { scope: 'deployment' as const } }));
      await createUser(deps, { email, displayName: 'Operator', password: testPassword, grants }, null);
      const operator = await signIn(app, email, testPassword);
      tenantId = (await createTestTenant(operator)).id;
      const party = await operator.inject({
        method: 'POST',
        url: `/api/v1/tenants/${tenantId}/parties`,
        payload: { kind: 'organisation', organisationName: 'Aqua' },
      });
      await operator.inject({
        method: 'PATCH',
        url: `/api/v1/tenants/${tenantId}/parties/${party.json().id}`,
        payload: { organisationName: 'Aqua SA' },
      });
    } finally {
      await app.close();
      await connection.close();
    }
  });

  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('reports every event of every chain as verified', async () => {
    expect((await verify()).stdout.trim()).toBe('ok: 4 events in 2 chains');
    expect((await verify('--tenant', deploymentChain)).stdout.trim()).toBe('ok: 2 events in 1 chain');
  });

  it('names the first altered event and exits 1', async () => {
    const connection = await database();
    try {
      await connection.asOwner((owner) =>
        sql`update audit_event set after = jsonb_set(after, '{organisationName}', '"Aqua & Sons"')
            where tenant_id = ${tenantId} and sequence = 2`.execute(owner),
      );
    } finally {
      await connection.close();
    }
    const failure = verify();
    await expect(failure).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        `broken: tenant ${tenantId}, sequence 2: the event does not match its hash: it was altered`,
      ),
    });
    expect((await verify('--tenant', deploymentChain)).stdout.trim()).toBe('ok: 2 events in 1 chain');
  });

  it('refuses a tenant that is not an id', async () => {
    await expect(verify('--tenant', 'demo-water')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--tenant must be a tenant id'),
    });
  });
});
