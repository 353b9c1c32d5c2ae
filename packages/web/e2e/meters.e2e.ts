import { join } from 'node:path';
import type { CreateMeter, CreateTenant, PremiseWithServicePoints, Tenant } from '@utilis/contracts';
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

// A clerk records a meter, installs it at a flat's water service point, and exchanges it for
// another meter from stock, old and new readings on the same day.
describe('meters pages', () => {
  let dataDir: string | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let tenant: Tenant;

  beforeAll(async () => {
    const started = await startServerWithAdmin(admin);
    ({ dataDir, server } = started);
    const { api } = started;
    const newTenant: CreateTenant = {
      code: 'e2e-meters',
      name: 'E2E Meters',
      country: 'FR',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    };
    tenant = await api.post<Tenant>('/api/v1/tenants', newTenant);
    const premise = await api.post<PremiseWithServicePoints>(`/api/v1/tenants/${tenant.id}/premises`, {
      addressLine1: '5 rue des Lilas',
      city: 'Lyon',
      country: 'FR',
    });
    await api.post(`/api/v1/tenants/${tenant.id}/premises/${premise.id}/service-points`, { kind: 'water' });
    const spare: CreateMeter = { serial: 'NEW-002', kind: 'water_cold', unit: 'm3', digits: 6, multiplier: '1' };
    await api.post(`/api/v1/tenants/${tenant.id}/meters`, spare);
    browser = await launchBrowser();
  });

  afterAll(() => closeAll({ browser, server, dataDir }));

  it('creates a meter, installs it at a service point and exchanges it', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.baseUrl}/meters`);
    await signIn(page, admin);
    await page.getByRole('heading', { name: 'Meters', level: 2 }).waitFor();
    const tenantSwitcher = page.getByRole('combobox', { name: 'Tenant', exact: true });
    if ((await tenantSwitcher.inputValue()) !== tenant.name) await chooseOption(page, 'Tenant', tenant.name);
    await page.getByRole('table', { name: 'Meters' }).getByRole('link', { name: 'NEW-002' }).waitFor();

    await page.getByRole('button', { name: 'New meter' }).click();
    const form = page.getByRole('dialog', { name: 'New meter' });
    await form.getByLabel('Serial number').fill('WM-E2E-001');
    await form.getByLabel('Calibration due on').fill('2032-06-30');
    await form.getByRole('button', { name: 'Create meter' }).click();

    // The new meter's page opens: in stock, never installed.
    await page.getByRole('heading', { name: 'Meter WM-E2E-001', level: 2 }).waitFor();
    await page.getByText('This meter has never been installed.').waitFor();

    await page.getByRole('button', { name: 'Install', exact: true }).click();
    const install = page.getByRole('dialog', { name: 'Install meter' });
    await install.getByRole('combobox', { name: 'Premise' }).fill('Lilas');
    await page.getByRole('option', { name: '5 rue des Lilas, Lyon' }).click();
    await install.getByRole('combobox', { name: 'Service point' }).click();
    await page.getByRole('option', { name: 'Water', exact: true }).click();
    await install.getByLabel('Installed on').fill('2026-01-10');
    await install.getByLabel('Installation reading').fill('12.5');
    await install.getByRole('button', { name: 'Install', exact: true }).click();
    await install.waitFor({ state: 'hidden' });

    const installations = page.getByRole('table', { name: 'Installations' });
    await installations.getByRole('cell', { name: 'Still installed' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'meter-installed.png'), fullPage: true });

    await page.getByRole('button', { name: 'Exchange', exact: true }).click();
    const exchange = page.getByRole('dialog', { name: 'Exchange meter' });
    await exchange.getByLabel('Exchange date').fill('2026-02-15');
    await exchange.getByLabel('Final reading of the old meter').fill('40.25');
    await exchange.getByRole('combobox', { name: 'New meter' }).fill('NEW-002');
    await page.getByRole('option', { name: 'NEW-002 · Cold water' }).click();
    await exchange.getByLabel('First reading of the new meter').fill('0.5');
    await page.screenshot({ path: join(screenshotDir, 'meter-exchange.png') });
    await exchange.getByRole('button', { name: 'Exchange', exact: true }).click();
    await exchange.waitFor({ state: 'hidden' });

    // The new meter's page: installed the same day, its first reading recorded.
    await page.getByRole('heading', { name: 'Meter NEW-002', level: 2 }).waitFor();
    const readings = page.getByRole('table', { name: 'Readings' });
    // Readings are written for the French tenant, with a decimal comma, whatever language the page is in.
    await readings.getByRole('cell', { name: '0,5', exact: true }).waitFor();
    expect(await readings.textContent()).toContain('Installation');

    // The registry: the old meter removed, the new one installed.
    await page.getByRole('link', { name: '← All meters' }).click();
    const registry = page.getByRole('table', { name: 'Meters' });
    const oldRow = registry.getByRole('row').filter({ hasText: 'WM-E2E-001' });
    await oldRow.getByText('Removed').waitFor();
    await registry.getByRole('row').filter({ hasText: 'NEW-002' }).getByText('Installed').waitFor();
    await oldRow.getByRole('link', { name: 'WM-E2E-001' }).click();
    const oldInstallations = page.getByRole('table', { name: 'Installations' });
    await oldInstallations.getByRole('cell', { name: '40.25' }).waitFor();
    await oldInstallations.getByRole('cell', { name: '5 rue des Lilas, Lyon · Water' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'meter-removed.png'), fullPage: true });
    await page.close();
  });
});
