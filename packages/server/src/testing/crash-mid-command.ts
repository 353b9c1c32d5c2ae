// Run by commands/crash-before-commit.test.ts in a child process, which it kills with SIGKILL once
// this prints "written": the command's change and its audit event are then in its open
// transaction, and the test checks that neither survives.
import type { Tenant } from '@utilis/contracts';
import { ok } from '@utilis/domain';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { defineCommand, executeCommand, runCommand, systemOrigin } from '../commands/index.ts';
import { openDatabase } from '../db/index.ts';

const tenant = JSON.parse(process.env.CRASH_TENANT ?? '{}') as Tenant;
const name = process.env.CRASH_PARTY_NAME ?? 'Crash';
const url = process.env.DATABASE_URL;
const connection = await openDatabase(
  url ? { backend: 'postgres', url } : { backend: 'pglite', dataDir: process.env.CRASH_DATA_DIR },
);

const addParty = defineCommand({
  name: 'party.create',
  entity: 'party',
  permission: 'parties.edit',
  execute: async ({ trx, now, newId }, _input: null) => {
    const at = new Date(now().epochMilliseconds);
    const row = await trx
      .insertInto('party')
      .values({
        tenantId: tenant.id,
        id: newId(),
        kind: 'organisation',
        displayName: name,
        organisationName: name,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return ok(row);
  },
});

const hangAfterWriting = defineCommand({
  name: 'party.create',
  entity: 'party',
  permission: 'parties.edit',
  execute: async (context, input: null) => {
    const written = await executeCommand(context, addParty, input);
    process.stdout.write('written\n');
    await new Promise(() => {});
    return written;
  },
});

await runCommand(
  { db: connection.db, now: () => Temporal.Now.instant(), newId: uuidv7 },
  { tenant, origin: systemOrigin('crash test') },
  hangAfterWriting,
  null,
);
