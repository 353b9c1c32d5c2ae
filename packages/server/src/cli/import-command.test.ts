import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerColumns } from '@utilis/domain';
import { parse } from 'csv-parse/sync';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, systemOrigin } from '../commands/index.ts';
import type { DatabaseConnection } from '../db/index.ts';
import { openTestDatabase } from '../db/testing/test-database.ts';
import type { UseCaseDeps } from '../deps.ts';
import { createTenant } from '../tenants/index.ts';
import { importCustomersFromConsole } from './import-command.ts';

// `utilis import customers FILE --tenant CODE`: progress per batch, a report file of the rejected
// rows, and audit events for the run and each of its batches.
describe('utilis import customers', () => {
  let database: DatabaseConnection;
  let deps: UseCaseDeps;
  const code = `cli-${uuidv7().slice(-12)}`;
  const folder = mkdtempSync(join(tmpdir(), 'utilis-import-'));

  beforeAll(async () => {
    database = await openTestDatabase();
    deps = { db: database.db, now: () => Temporal.Now.instant(), newId: uuidv7 };
    const tenant = await runCommand(deps, { tenant: null, origin: systemOrigin('test setup') }, createTenant, {
      code,
      name: 'Import Water',
      country: 'IT',
      currency: 'EUR',
      locale: 'it-IT',
      timeZone: 'Europe/Rome',
    });
    if (tenant.ok !== true) throw new Error(JSON.stringify(tenant));
  });
  afterAll(() => database.close());

  it('imports in batches with progress and writes the rejected rows beside the file', async () => {
    const rows = Array.from({ length: 25 }, (_, index) =>
      [`C-${index}`, 'person', 'Giulia', '', index === 7 ? '' : 'Rossi'].join(','),
    );
    const file = join(folder, 'customers.csv');
    writeFileSync(
      file,
      [
        'party_reference,party_kind,given_name,middle_name,family_name,account_number,opened_on',
        ...rows.map((row, index) => `${row},A-${index},2025-03-01`),
      ].join('\n'),
    );
    const progress: number[] = [];
    const outcome = await importCustomersFromConsole(deps, {
      file,
      tenantCode: code,
      batchSize: 10,
      onProgress: (_step, done) => progress.push(done),
    });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toMatch(/25 rows read: 24 committed, 1 rejected/);
    expect(progress).toEqual([10, 20, 25]);
    const rejected = parse(readFileSync(`${file}.rejected.csv`, 'utf8'), { columns: true });
    expect(rejected).toEqual([
      { line: '9', code: 'missing_value', column: 'family_name', message: 'A value is required in this column' },
    ]);
    const events = await database.asOwner((owner) =>
      owner
        .selectFrom('auditEvent')
        .select(['action', 'actorLabel'])
        .where('entityId', '=', outcome.report?.id ?? '')
        .orderBy('sequence')
        .execute(),
    );
    // The run, then one event per committed batch, all the console's.
    expect(events[0]).toEqual({ action: 'import.customers', actorLabel: 'utilis import customers' });
    expect(events.length).toBeGreaterThan(1);
    expect(events.slice(1)).toEqual(
      events.slice(1).map(() => ({ action: 'import.customers.batch', actorLabel: 'utilis import customers' })),
    );
  });

  it('refuses an unknown tenant code and a file that is not the layout', async () => {
    const file = join(folder, 'other.csv');
    writeFileSync(file, `${customerColumns.slice(0, 3).join(',')}\n`);
    expect(await importCustomersFromConsole(deps, { file, tenantCode: 'nobody' })).toMatchObject({ exitCode: 1 });
    expect(await importCustomersFromConsole(deps, { file, tenantCode: code })).toMatchObject({
      exitCode: 1,
      stderr: expect.stringMatching(/import_header_invalid: Missing required columns: account_number, opened_on/),
    });
  });
});
