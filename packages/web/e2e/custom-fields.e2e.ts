import { join } from 'node:path';
import type { CreateParty, CreateTenant, CustomFieldValues, Party, Tenant } from '@utilis/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseOption,
  closeAll,
  launchBrowser,
  screenshotDir,
  signIn,
  type startServer,
  startServerWithAdmin,
} from './e2e-server.ts';

const admin = { email: 'admin@e2e.example', password: 'a long passphrase for the e2e admin' };

describe('custom fields', () => {
  let dataDir: string | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let tenant: Tenant;
  let party: Party;

  beforeAll(async () => {
    const started = await startServerWithAdmin(admin);
    ({ dataDir, server } = started);
    const { api } = started;
    const newTenant: CreateTenant = {
      code: 'e2e-fields',
      name: 'E2E Fields',
      country: 'FR',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    };
    tenant = await api.post<Tenant>('/api/v1/tenants', newTenant);
    const person: CreateParty = { kind: 'person', givenName: 'Marie', familyName: 'Curie' };
    party = await api.post<Party>(`/api/v1/tenants/${tenant.id}/parties`, person);
    browser = await launchBrowser();
  });

  afterAll(() => closeAll({ browser, server, dataDir }));

  it('defines a choice field for parties, then sets it on a party and refuses a bad number', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    await page.goto(server.baseUrl);
    await signIn(page, admin);
    await page.getByRole('heading', { name: 'Parties', level: 2 }).waitFor();
    const tenantSwitcher = page.getByRole('combobox', { name: 'Tenant', exact: true });
    if ((await tenantSwitcher.inputValue()) !== tenant.name) await chooseOption(page, 'Tenant', tenant.name);

    await page.getByRole('link', { name: 'Custom fields' }).click();
    await page.getByRole('heading', { name: 'Custom fields', level: 2 }).waitFor();
    await page.getByText('No custom fields for Parties yet.').waitFor();

    await page.getByRole('button', { name: 'New field' }).click();
    let dialog = page.getByRole('dialog', { name: 'New field of Parties' });
    await dialog.getByLabel('Label').fill('Customer tier');
    expect(await dialog.getByLabel('Key').inputValue()).toBe('customer_tier');
    await chooseOption(page, 'Type', 'Choice');
    await dialog.getByLabel('Code of choice 1').fill('gold');
    await dialog.getByLabel('Label of choice 1').fill('Gold');
    await dialog.getByRole('button', { name: 'Add a choice' }).click();
    await dialog.getByLabel('Code of choice 2').fill('silver');
    await dialog.getByLabel('Label of choice 2').fill('Silver');
    await dialog.getByLabel('Found by search').check();
    await dialog.getByRole('button', { name: 'Create field' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'New field' }).click();
    dialog = page.getByRole('dialog', { name: 'New field of Parties' });
    await dialog.getByLabel('Label').fill('Deposit');
    await chooseOption(page, 'Type', 'Number');
    await dialog.getByRole('button', { name: 'Create field' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const table = page.getByRole('table', { name: 'Custom fields' });
    await table.getByRole('cell', { name: 'customer_tier', exact: true }).waitFor();
    await table.getByRole('cell', { name: 'deposit', exact: true }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'custom-field-definitions.png'), fullPage: true });

    await page.goto(`${server.baseUrl}/parties/${party.id}`);
    const panel = page.getByRole('form', { name: 'Custom fields' });
    await panel.waitFor();
    await chooseOption(page, 'Customer tier', 'Gold');
    await panel.getByLabel('Deposit').fill('12,50');
    await panel.getByRole('button', { name: 'Save custom fields' }).click();
    await panel.getByText('An exact decimal such as 12.5').waitFor();

    await panel.getByLabel('Deposit').fill('12.50');
    await panel.getByRole('button', { name: 'Save custom fields' }).click();
    await panel.getByText('Custom fields saved').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'custom-fields-panel.png'), fullPage: true });

    // What the browser saved is what the API holds: the choice's code and the exact decimal.
    const saved = await page.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api/v1/tenants/${tenant.id}/parties/${party.id}/custom-fields`,
    );
    expect((saved as CustomFieldValues).fields.map((each) => [each.field.key, each.value])).toEqual([
      ['customer_tier', 'gold'],
      ['deposit', '12.5'],
    ]);

    await page.reload();
    await page.getByRole('form', { name: 'Custom fields' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Customer tier' }).inputValue()).toBe('Gold');
    expect(await page.getByLabel('Deposit').inputValue()).toBe('12.5');
    await page.close();
  });
});
