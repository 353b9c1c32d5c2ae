import type { Tenant } from '@utilis/contracts';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandScope, runCommand, systemOrigin } from '../commands/index.ts';
import type { DatabaseConnection } from '../db/index.ts';
import { withTenant } from '../db/index.ts';
import { openTestDatabase } from '../db/testing/test-database.ts';
import type { UseCaseDeps } from '../deps.ts';
import { createTenant } from '../tenants/index.ts';
import { importCustomers } from './import-customers.ts';

// A run cut short after some batches (a crash, a killed process) resumes after its last committed
// line when the same file comes again, and the rows committed twice are written once.
describe('importCustomers', () => {
  let database: DatabaseConnection;
  let deps: UseCaseDeps;
  let tenant: Tenant;
  let scope: CommandScope;

  beforeAll(async () => {
    database = await openTestDatabase();
    deps = { db: database.db, now: () => Temporal.Now.instant(), newId: uuidv7 };
    const created = await runCommand(deps, { tenant: null, origin: systemOrigin('test') }, createTenant, {
      code: `resume-${uuidv7().slice(-12)}`,
      name: 'Resume Water',
      country: 'ES',
      currency: 'EUR',
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
    });
    if (created.ok !== true) throw new Error(`Test tenant not created: ${JSON.stringify(created)}`);
    tenant = created.value;
    scope = { tenant, origin: systemOrigin('utilis import customers') };
  });
  afterAll(() => database.close());

  const header =
    'party_reference,party_kind,organisation_name,account_number,opened_on,premise_reference,address_line1,city,country,service_kind';
  const file = Buffer.from(
    [
      header,
      ...Array.from(
        { length: 30 },
        (_, index) =>
          `E-${index},organisation,Empresa ${index},AC-${index},2025-01-01,PR-${index},Calle ${index},Sevilla,ES,water`,
      ),
    ].join('\n'),
  );

  it('resumes a run cut short after its last committed batch, creating nothing twice', async () => {
    const crash = new Error('killed after the first batch');
    await expect(
      importCustomers(deps, scope, {
        fileName: 'big.csv',
        format: 'csv',
        bytes: file,
        batchSize: 10,
        onProgress: () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    const count = () =>
      withTenant(database.db, tenant.id, (trx) =>
        trx
          .selectFrom('account')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      );
    expect(Number((await count()).n)).toBe(10);

    const progress: number[] = [];
    const resumed = await importCustomers(deps, scope, {
      fileName: 'big.csv',
      format: 'csv',
      bytes: file,
      batchSize: 10,
      onProgress: (done) => progress.push(done),
    });
    expect(resumed.ok && resumed.value).toMatchObject({
      status: 'finished',
      rowsRead: 30,
      rowsCommitted: 30,
      accounts: { created: 30, updated: 0 },
      premises: { created: 30, updated: 0 },
    });
    expect(progress).toEqual([20, 30]);
    expect(Number((await count()).n)).toBe(30);

    const again = await importCustomers(deps, scope, { fileName: 'big.csv', format: 'csv', bytes: file });
    expect(again.ok && again.value).toMatchObject({ rowsRead: 30, accounts: { created: 0, updated: 0 } });
    expect(again.ok && resumed.ok && again.value.id !== resumed.value.id).toBe(true);
  });

  it('records one audit event as the run opens and one per batch, each with its lines and counts', async () => {
    const rows = Array.from(
      { length: 25 },
      (_, index) => `E-A${index},organisation,Empresa ${index},AC-A${index},2025-01-01,,,,,`,
    );
    const file = Buffer.from([header, ...rows].join('\n'));
    const imported = await importCustomers(deps, scope, {
      fileName: 'audit.csv',
      format: 'csv',
      bytes: file,
      batchSize: 10,
    });
    if (!imported.ok) throw new Error(imported.code);
    const events = await database.asOwner((owner) =>
      owner
        .selectFrom('auditEvent')
        .select(['action', 'actorLabel', 'after'])
        .where('entityId', '=', imported.value.id)
        .orderBy('sequence')
        .execute(),
    );
    expect(events.map(({ action, actorLabel }) => `${action} by ${actorLabel}`)).toEqual([
      'import.customers by utilis import customers',
      'import.customers.batch by utilis import customers',
      'import.customers.batch by utilis import customers',
      'import.customers.batch by utilis import customers',
    ]);
    expect(events.slice(1).map(({ after }) => after)).toEqual([
      expect.objectContaining({ fromLine: 2, throughLine: 11, rowsCommitted: 10, isLast: false }),
      expect.objectContaining({ fromLine: 12, throughLine: 21, rowsCommitted: 10, isLast: false }),
      expect.objectContaining({
        fromLine: 22,
        throughLine: 26,
        rowsCommitted: 5,
        accounts: { created: 5, updated: 0 },
        isLast: true,
      }),
    ]);
  });

  it('refuses a unit in a later batch whose building row was refused', async () => {
    const file = Buffer.from(
      [
        `${header},meter_serial,meter_kind,meter_unit,meter_digits,installed_on,install_reading,parent_premise_reference`,
        'E-B1,organisation,Edificio,AC-B1,2025-01-01,PR-B1,Calle 1,Sevilla,ES,water,SN-B1,gas,m3,5,2025-01-01,0,',
        'E-B2,organisation,Piso,AC-B2,2025-01-01,PR-B2,Calle 1,Sevilla,ES,water,,,,,,,PR-B1',
      ].join('\n'),
    );
    const imported = await importCustomers(deps, scope, {
      fileName: 'units.csv',
      format: 'csv',
      bytes: file,
      batchSize: 1,
    });
    expect(imported.ok && imported.value.rejectedRows.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 2, code: 'meter_kind_unfit' },
      { line: 3, code: 'parent_premise_not_found' },
    ]);
    expect(imported.ok && imported.value.rowsCommitted).toBe(0);
  });
});
