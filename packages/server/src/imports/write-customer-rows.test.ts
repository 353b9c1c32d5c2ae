import type { Tenant } from '@utilis/contracts';
import { type CustomerCells, type CustomerColumn, validateCustomerRow } from '@utilis/domain';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, systemOrigin } from '../commands/index.ts';
import { type DatabaseConnection, withTenant } from '../db/index.ts';
import { openTestDatabase } from '../db/testing/test-database.ts';
import type { UseCaseDeps } from '../deps.ts';
import { createTenant } from '../tenants/index.ts';
import { importCustomers } from './import-customers.ts';
import { loadStoredCustomers, type StoredForBatch } from './load-stored-customers.ts';
import { ConcurrentImportWrite, writeCustomerRows } from './write-customer-rows.ts';

// A batch counts a row committed only once every part of it is stored: when a natural key turns
// out stored by someone else after the batch looked (here: a load that missed it), the write
// refuses to go on rather than skip the row silently, and the batch is decided again.
describe('writeCustomerRows', () => {
  let database: DatabaseConnection;
  let deps: UseCaseDeps;
  let tenant: Tenant;

  const cells: CustomerCells = {
    party_reference: 'C-RACE',
    party_kind: 'person',
    given_name: 'Grace',
    family_name: 'Hopper',
    account_number: 'A-RACE',
    opened_on: '2025-01-01',
    premise_reference: 'P-RACE',
    address_line1: '1 Race Street',
    city: 'Arlington',
    country: 'US',
    service_kind: 'water',
  };
  const columns = Object.keys(cells) as CustomerColumn[];
  const nothingLoaded = (loaded: StoredForBatch): StoredForBatch => ({
    ...loaded,
    partyIds: new Map(),
    accountIds: new Map(),
    premiseIds: new Map(),
    servicePointIds: new Map(),
  });

  beforeAll(async () => {
    database = await openTestDatabase();
    deps = { db: database.db, now: () => Temporal.Now.instant(), newId: uuidv7 };
    const created = await runCommand(deps, { tenant: null, origin: systemOrigin('test') }, createTenant, {
      code: `race-${uuidv7().slice(-12)}`,
      name: 'Race Water',
      country: 'US',
      currency: 'USD',
      locale: 'en-US',
      timeZone: 'America/New_York',
    });
    if (created.ok !== true) throw new Error(`Test tenant not created: ${JSON.stringify(created)}`);
    tenant = created.value;
    const file = Buffer.from(`${columns.join(',')}\n${columns.map((column) => cells[column]).join(',')}\n`);
    const imported = await importCustomers(
      deps,
      { tenant, origin: systemOrigin('test') },
      { fileName: 'race.csv', format: 'csv', bytes: file },
    );
    expect(imported.ok && imported.value.rowsCommitted).toBe(1);
  });
  afterAll(() => database.close());

  it('stops at a natural key stored by another writer instead of reporting the row written', async () => {
    const checked = validateCustomerRow(cells);
    if (!checked.ok) throw new Error('The row is valid');
    const accepted = [{ line: 2, row: checked.row, startsAgreement: false, installsMeter: false }];
    const write = withTenant(deps.db, tenant.id, async (trx) => {
      const loaded = await loadStoredCustomers(trx, tenant, accepted);
      return writeCustomerRows(
        trx,
        { tenant, present: new Set(columns), at: new Date(), newId: uuidv7 },
        accepted,
        nothingLoaded(loaded),
      );
    });
    await expect(write).rejects.toBeInstanceOf(ConcurrentImportWrite);
  });
});
