import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CreateTenant, Tenant } from '@utilis/contracts';
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
const header =
  'party_reference,party_kind,given_name,family_name,organisation_name,email,account_number,opened_on,' +
  'premise_reference,address_line1,city,country,service_kind,meter_serial,meter_kind,meter_unit,meter_digits,' +
  'installed_on,install_reading';
const customerFile = [
  header,
  'C-1,person,Marie,Curie,,marie@example.org,A-0001,2024-01-15,P-1,1 rue Cuvier,Paris,FR,water,SN-1,water_cold,m3,5,2024-01-15,12.5',
  'C-2,person,Pierre,,,pierre@example.org,A-0002,2024-01-15,,,,,,,,,,,',
  'C-3,organisation,,,Régie des Eaux,,A-0003,2024-02-30,,,,,,,,,,,',
  'C-4,person,Иван,Петров,,,A-0004,2024-03-01,P-4,ул. Ленина 1,Москва,RU,water,,,,,,',
].join('\n');

describe('imports page', () => {
  let dataDir: string | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let tenant: Tenant;

  beforeAll(async () => {
    const started = await startServerWithAdmin(admin);
    ({ dataDir, server } = started);
    const { api } = started;
    const newTenant: CreateTenant = {
      code: 'e2e-imports',
      name: 'E2E Imports',
      country: 'FR',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    };
    tenant = await api.post<Tenant>('/api/v1/tenants', newTenant);
    browser = await launchBrowser();
  });

  afterAll(() => closeAll({ browser, server, dataDir }));

  it('imports a file, lists each rejected row with its line and reason, and exports what it imported', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({
      locale: 'en-GB',
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    await page.goto(`${server.baseUrl}/imports`);
    await signIn(page, admin);
    await page.getByRole('heading', { name: 'Import and export customers', level: 2 }).waitFor();
    const tenantSwitcher = page.getByRole('combobox', { name: 'Tenant', exact: true });
    if ((await tenantSwitcher.inputValue()) !== tenant.name) await chooseOption(page, 'Tenant', tenant.name);

    await page.locator('input[type="file"]').setInputFiles({
      name: 'customers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(customerFile),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const rejected = page.getByRole('table', { name: 'Rejected rows' });
    await rejected.waitFor();
    const rows = rejected.getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).textContent()).toContain('3');
    expect(await rows.nth(1).textContent()).toContain('A value is required in this column.');
    expect(await rows.nth(2).textContent()).toContain('This is not a date written YYYY-MM-DD.');
    await page.getByTestId('figure-Rows imported').getByText('2').waitFor();
    const reportLink = page.getByRole('link', { name: 'Download the report (CSV)' });
    expect(await reportLink.getAttribute('href')).toMatch(/\/imports\/[0-9a-f-]+\/rejected-rows$/);
    await page.screenshot({ path: join(screenshotDir, 'imports.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const exported = await readFile((await download.path()) ?? '', 'utf8');
    expect(exported.split('\n')[0]).toMatch(/^party_reference,party_kind,/);
    expect(exported).toContain('A-0001');
    expect(exported).toContain('Петров');
    expect(exported).not.toContain('A-0003');

    await chooseOption(page, 'Language', 'Français');
    await page.getByRole('heading', { name: 'Importer et exporter les clients', level: 2 }).waitFor();
    await page.getByRole('cell', { name: 'Une valeur est obligatoire dans cette colonne.' }).waitFor();
    await page.close();
  });
});
