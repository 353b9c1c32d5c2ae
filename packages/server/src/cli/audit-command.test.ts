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
import { deploymentChain } from '../audit/index.ts';
import { runCommand, systemOrigin } from '../commands/index.ts';
import { openDatabase } from '../db/index.ts';
import { createTestTenant, signIn, testPassword } from '../testing/test-app.ts';

const bin = fileURLToPath(new URL('../../bin/utilis.js', import.meta.url));
const run = promisify(execFile);

// Each verification starts a process that loads the CLI and opens the embedded database: seconds each,
// minutes on a busy two-core machine, so the limits only catch a hang and no case times anything.
describe('utilis audit verify', { timeout: 300_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'utilis-audit-'));
  const database = () => openDatabase({ backend: 'pglite', dataDir: join(dataDir, 'pglite') });
  // The command reads the embedded database in dataDir, whatever DATABASE_URL the suite uses.
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  const verify = (...options: string[]) =>
    run(process.execPath, [bin, 'audit', 'verify', ...options], {
      env: { ...environment, UTILIS_DATA_DIR: dataDir },
    });
  let tenantId: string;
  let tenantCode: string;

  // The console creates a person, who signs in and creates a tenant (three events on the deployment
  // chain), then creates and changes a party (two on the tenant's).
  beforeAll(async () => {
    const connection = await database();
    await connection.migrateToLatest();
    const app = await buildApp({ database: connection, version: 'test', logLevel: 'silent' });
    try {
      const deps = { db: connection.db, now: () => Temporal.Now.instant(), newId: uuidv7 };
      const roles = await connection.db.selectFrom('role').select('id').where('code', '=', 'administrator').execute();
      const email = 'operator@test.utilis';
      const grants = roles.map((role) => ({ roleId: role.id, scope: { scope: 'deployment' as const } }));
      await runCommand(deps, { tenant: null, origin: systemOrigin('test setup') }, createUser, {
        email,
        displayName: 'Operator',
        password: testPassword,
        grants,
      });
      const operator = await signIn(app, email, testPassword);
      ({ id: tenantId, code: tenantCode } = await createTestTenant(operator));
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
  }, 300_000);

  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('reports every event of every chain as verified', async () => {
    expect((await verify()).stdout.trim()).toBe('ok: 5 events in 2 chains');
    expect((await verify('--tenant', deploymentChain)).stdout.trim()).toBe('ok: 3 events in 1 chain');
  });

  it('verifies the chain of one tenant named by its code, as other commands take it, or by its id', async () => {
    expect((await verify('--tenant', tenantCode)).stdout.trim()).toBe('ok: 2 events in 1 chain');
    expect((await verify('--tenant', tenantId)).stdout.trim()).toBe('ok: 2 events in 1 chain');
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
    expect((await verify('--tenant', deploymentChain)).stdout.trim()).toBe('ok: 3 events in 1 chain');
  });

  it('refuses a code no tenant has with exit code 2, apart from a broken chain', async () => {
    await expect(verify('--tenant', 'no-such-water')).rejects.toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('No tenant has the code no-such-water'),
    });
  });
});
