import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tenant } from '@utilis/contracts';
import { uuidv7 } from 'uuidv7';
import { afterAll, describe, expect, it } from 'vitest';
import { type DatabaseConnection, openDatabase } from '../db/index.ts';

const script = fileURLToPath(new URL('../testing/crash-mid-command.ts', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'utilis-crash-'));
const url = process.env.DATABASE_URL;
const open = (): Promise<DatabaseConnection> =>
  openDatabase(url ? { backend: 'postgres', url } : { backend: 'pglite', dataDir });

describe('a process killed inside a command', () => {
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('leaves neither the change nor its audit event', async () => {
    const name = `Killed ${uuidv7()}`;
    const tenant = await tenantIn(open);
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, CRASH_TENANT: JSON.stringify(tenant), CRASH_PARTY_NAME: name, CRASH_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('written')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`The child ended (${code}) before it wrote`)));
    });
    child.kill('SIGKILL');
    await exited;

    const connection = await open();
    try {
      const left = await connection.asOwner(async (owner) => ({
        parties: await owner.selectFrom('party').select('id').where('displayName', '=', name).execute(),
        events: [
          ...(await owner.selectFrom('auditEvent').select('id').where('tenantId', '=', tenant.id).execute()),
          ...(await owner.selectFrom('auditEventPending').select('id').where('tenantId', '=', tenant.id).execute()),
        ],
      }));
      expect(left).toEqual({ parties: [], events: [] });
    } finally {
      await connection.close();
    }
  }, 180_000);
});

// A tenant of its own, written as the owner: this test runs the database outside any app.
async function tenantIn(connect: () => Promise<DatabaseConnection>): Promise<Tenant> {
  const connection = await connect();
  try {
    await connection.migrateToLatest();
    const at = new Date();
    const row = await connection.asOwner((owner) =>
      owner
        .insertInto('tenant')
        .values({
          id: uuidv7(),
          groupId: null,
          code: `crash-${uuidv7().slice(-12)}`,
          name: 'Crash Water',
          country: 'FR',
          currency: 'EUR',
          locale: 'fr-FR',
          timeZone: 'Europe/Paris',
          createdAt: at,
          updatedAt: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return {
      ...row,
      roundingMode: 'half-up',
      fourEyesActions: [],
      accountNumberPattern: null,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    } as Tenant;
  } finally {
    await connection.close();
  }
}
