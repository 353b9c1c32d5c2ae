import type { Tenant } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';
import type { CommandOrigin } from './command.ts';
import { defineCommand } from './command.ts';
import { executeCommand } from './execute-command.ts';
import { runCommand } from './run-command.ts';
import { systemOrigin } from './system-origin.ts';

// A command that writes one party row: the smallest change with a table of its own to look for.
const addParty = defineCommand({
  name: 'party.create',
  entity: 'party',
  permission: 'parties.edit',
  execute: async ({ trx, tenant, now, newId }, { name }: { name: string }) => {
    if (name === '') return fail('validation_failed', 'A name is needed');
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
      .returning(['id', 'displayName'])
      .executeTakeFirstOrThrow();
    return ok(row);
  },
  decodeStored: (stored) => stored as { id: string; displayName: string },
});

describe('the command runner', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let deps: UseCaseDeps;
  const job = systemOrigin('job: nightly check');

  const partiesNamed = async (name: string) =>
    testApp.database.asOwner((owner) =>
      owner
        .selectFrom('party')
        .select('id')
        .where('tenantId', '=', tenant.id)
        .where('displayName', '=', name)
        .execute(),
    );
  const eventsAbout = async (entityId: string) =>
    testApp.database.asOwner(async (owner) => [
      ...(await owner.selectFrom('auditEvent').selectAll().where('entityId', '=', entityId).execute()),
      ...(await owner.selectFrom('auditEventPending').selectAll().where('entityId', '=', entityId).execute()),
    ]);

  beforeAll(async () => {
    testApp = await openTestApp();
    tenant = await createTestTenant(testApp.app);
    deps = { db: testApp.database.db, now: () => Temporal.Now.instant(), newId: uuidv7 };
  });
  afterAll(() => testApp.close());

  it('commits the change with its audit event, chained at once, and the chain verifies', async () => {
    const outcome = await runCommand(deps, { tenant, origin: job }, addParty, { name: 'Chained' });
    expect(outcome.ok).toBe(true);
    const id = outcome.ok === true ? outcome.value.id : '';
    const [event, ...others] = await eventsAbout(id);
    expect(others).toEqual([]);
    expect(event).toMatchObject({ tenantId: tenant.id, action: 'party.create', actorKind: 'system' });
    expect(event).toHaveProperty('hash');
    expect(await testApp.database.asOwner((owner) => verifyAuditChain(owner, { tenantId: tenant.id }))).toMatchObject({
      broken: null,
    });
  });

  it('records a job write and a console write as the system, under the label they give', async () => {
    const fromJob = await runCommand(deps, { tenant, origin: job }, addParty, { name: 'By a job' });
    const console = systemOrigin('utilis import customers');
    const fromConsole = await runCommand(deps, { tenant, origin: console }, addParty, { name: 'By the console' });
    const [jobEvent] = await eventsAbout(fromJob.ok === true ? fromJob.value.id : '');
    const [consoleEvent] = await eventsAbout(fromConsole.ok === true ? fromConsole.value.id : '');
    expect(jobEvent).toMatchObject({ actorKind: 'system', actorId: null, actorLabel: 'job: nightly check' });
    expect(consoleEvent).toMatchObject({ actorKind: 'system', actorLabel: 'utilis import customers' });
  });

  it('rolls the change back when its audit event cannot be written', async () => {
    // An actor kind the audit table refuses: the event's insert fails inside the command's transaction.
    const broken: CommandOrigin = { ...job, actor: { kind: 'robot' as 'system', id: null, label: 'robot' } };
    await expect(runCommand(deps, { tenant, origin: broken }, addParty, { name: 'Unrecorded' })).rejects.toThrow();
    expect(await partiesNamed('Unrecorded')).toEqual([]);
  });

  it('rolls back whatever a refused command wrote, and records nothing', async () => {
    const halfDone = defineCommand<{ name: string }, { id: string }, 'validation_failed' | 'party_reference_taken'>({
      name: 'party.create',
      entity: 'party',
      permission: 'parties.edit',
      execute: async (context, input: { name: string }) => {
        const written = await addParty.execute(context, input);
        return written.ok ? fail('party_reference_taken', 'refused after writing') : written;
      },
    });
    const outcome = await runCommand(deps, { tenant, origin: job }, halfDone, { name: 'Half done' });
    expect(outcome).toMatchObject({ ok: false, code: 'party_reference_taken' });
    expect(await partiesNamed('Half done')).toEqual([]);
  });

  it('refuses an actor without the permission before running anything', async () => {
    const reader: CommandOrigin = {
      ...job,
      actor: { kind: 'user', id: uuidv7(), label: 'reader' },
      permissions: new Set(['parties.read']),
    };
    const outcome = await runCommand(deps, { tenant, origin: reader }, addParty, { name: 'Not allowed' });
    expect(outcome).toMatchObject({ ok: false, code: 'permission_denied' });
    expect(await partiesNamed('Not allowed')).toEqual([]);
  });

  it('answers a repeated idempotency key as the first time, and refuses the key with another input', async () => {
    const key = `key-${uuidv7()}`;
    const first = await runCommand(deps, { tenant, origin: job }, addParty, { name: 'Once' }, { idempotencyKey: key });
    const again = await runCommand(deps, { tenant, origin: job }, addParty, { name: 'Once' }, { idempotencyKey: key });
    expect(again).toEqual(first);
    expect(await partiesNamed('Once')).toHaveLength(1);
    const other = await runCommand(deps, { tenant, origin: job }, addParty, { name: 'Other' }, { idempotencyKey: key });
    expect(other).toMatchObject({ ok: false, code: 'idempotency_key_reused' });
    expect(await partiesNamed('Other')).toEqual([]);
  });

  it('writes the same key once when two first calls race', async () => {
    const key = `race-${uuidv7()}`;
    const outcomes = await Promise.all(
      [1, 2, 3].map(() =>
        runCommand(deps, { tenant, origin: job }, addParty, { name: 'Raced' }, { idempotencyKey: key }),
      ),
    );
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
    expect(await partiesNamed('Raced')).toHaveLength(1);
  });

  it.runIf(isPostgres())(
    'does not queue one writer of a tenant behind another: a second command commits while the first is still open',
    async () => {
      let releaseFirst = () => {};
      const firstMayCommit = new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      let firstRecorded = () => {};
      const firstHasRecorded = new Promise<void>((resolve) => {
        firstRecorded = resolve;
      });
      // The first command records its event (the step that used to lock the chain head), then waits.
      // The two names share no word: the search index's word counts are a row each writer takes.
      const slow = defineCommand({
        name: 'party.create',
        entity: 'party',
        permission: 'parties.edit',
        execute: async (context, input: { name: string }) => {
          const inner = await executeCommand(context, addParty, input);
          firstRecorded();
          await firstMayCommit;
          return inner;
        },
      });
      const first = runCommand(deps, { tenant, origin: job }, slow, { name: 'Tortoise' });
      await firstHasRecorded;
      const second = await Promise.race([
        runCommand(deps, { tenant, origin: job }, addParty, { name: 'Hare' }),
        new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 20_000)),
      ]);
      releaseFirst();
      expect(second).toMatchObject({ ok: true });
      expect(await first).toMatchObject({ ok: true });
      const verification = await testApp.database.asOwner((owner) => verifyAuditChain(owner, { tenantId: tenant.id }));
      expect(verification.broken).toBeNull();
    },
    60_000,
  );
});

function isPostgres(): boolean {
  // PGlite has one connection: every transaction waits for the one before, whatever the runner does.
  return process.env.DATABASE_URL !== undefined;
}
