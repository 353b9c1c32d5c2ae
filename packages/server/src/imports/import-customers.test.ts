import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../db/index.ts';
import { withTenant } from '../db/index.ts';
import { openTestDatabase } from '../db/testing/test-database.ts';
import type { UseCaseDeps } from '../deps.ts';
import { createTenant } from '../tenants/index.ts';
import type { ImportTenant } from './customer-batch.ts';
import { importCustomers } from './import-customers.ts';

// A run cut short after some batches (a crash, a killed process) resumes after its last committed
// line when the same file comes again, and the rows committed twice are written once.
describe('importCustomers', () => {
  let database: DatabaseConnection;
  let deps: UseCaseDeps;
  let tenant: ImportTenant;

  beforeAll(async () => {
    database = await openTestDatabase();
    deps = { db: database.db, now: () => Temporal.Now.instant(), newId: uuidv7 };
    const created = await createTenant(deps, {
      code: `resume-${uuidv7().slice(-12)}`,
      name: 'Resume Water',
      country: 'ES',
      currency: 'EUR',
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
    });
    if (!created.ok) throw new Error(created.code);
    tenant = created.value;
  });
  afterAll(() => database.close());

  const file = Buffer.from(
    [
      'party_reference,party_kind,organisation_name,account_number,opened_on,premise_reference,address_line1,city,country,service_kind',
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
      importCustomers(deps, {
        tenant,
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
    const resumed = await importCustomers(deps, {
      tenant,
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

    const again = await importCustomers(deps, { tenant, fileName: 'big.csv', format: 'csv', bytes: file });
    expect(again.ok && again.value).toMatchObject({ rowsRead: 30, accounts: { created: 0, updated: 0 } });
    expect(again.ok && resumed.ok && again.value.id !== resumed.value.id).toBe(true);
  });
});
