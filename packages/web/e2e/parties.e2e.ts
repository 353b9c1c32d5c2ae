import { join } from 'node:path';
import type { CreateParty, CreateTenant, Tenant } from '@utilis/contracts';
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

describe('parties page', () => {
  let dataDir: string | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let tenant: Tenant;

  beforeAll(async () => {
    const started = await startServerWithAdmin(admin);
    ({ dataDir, server } = started);
    const { api } = started;
    const newTenant: CreateTenant = {
      code: 'e2e-water',
      name: 'E2E Water',
      country: 'FR',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    };
    tenant = await api.post<Tenant>('/api/v1/tenants', newTenant);
    const organisation: CreateParty = {
      kind: 'organisation',
      organisationName: 'Régie des Eaux du Nord',
      registrationNumber: '130 005 481',
      email: 'contact@eaux-du-nord.example',
    };
    await api.post(`/api/v1/tenants/${tenant.id}/parties`, organisation);
    browser = await launchBrowser();
  });

  afterAll(() => closeAll({ browser, server, dataDir }));

  it('creates a person through the form, lists it first, and speaks French when asked', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 820 } });
    await page.goto(server.baseUrl);
    await signIn(page, admin);

    await page.getByRole('heading', { name: 'Parties', level: 2 }).waitFor();
    const tenantSwitcher = page.getByRole('combobox', { name: 'Tenant', exact: true });
    if ((await tenantSwitcher.inputValue()) !== tenant.name) await chooseOption(page, 'Tenant', tenant.name);
    const table = page.getByRole('table', { name: 'Parties' });
    await table.getByRole('cell', { name: 'Régie des Eaux du Nord' }).waitFor();

    await page.getByRole('button', { name: 'New party' }).click();
    const dialog = page.getByRole('dialog', { name: 'New party' });
    await dialog.getByLabel('Given name').fill('Ada');
    await dialog.getByLabel('Family name').fill('Lovelace');
    await dialog.getByLabel('E-mail').fill('ada.lovelace');
    await dialog.getByRole('button', { name: 'Create party' }).click();

    await dialog.getByRole('alert').getByText('Some fields need attention.').waitFor();
    const emailError = dialog.getByText('Not in the expected format');
    await emailError.waitFor();
    expect(await dialog.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(screenshotDir, 'party-form.png') });

    await dialog.getByLabel('E-mail').fill('ada@example.org');
    await dialog.getByLabel('Phone').fill('+33 1 23 45 67 89');
    await dialog.getByRole('button', { name: 'Create party' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const newest = table.getByRole('row').nth(1);
    await newest.getByRole('cell', { name: 'Ada Lovelace' }).waitFor();
    expect(await newest.textContent()).toContain('ada@example.org');
    expect(await table.getByRole('row').count()).toBe(3);
    await page.screenshot({ path: join(screenshotDir, 'parties.png'), fullPage: true });

    await chooseOption(page, 'Language', 'Français');
    await page.getByRole('heading', { name: 'Tiers', level: 2 }).waitFor();
    await page.getByRole('columnheader', { name: 'Nom' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

    // The session outlives a reload: the cookie is sent again and the CSRF token fetched anew.
    await page.reload();
    await page.getByRole('heading', { name: 'Tiers', level: 2 }).waitFor();
    await page.getByRole('cell', { name: 'Ada Lovelace' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'parties-fr.png'), fullPage: true });
    await page.close();
  });
});
