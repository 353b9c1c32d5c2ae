import { join } from 'node:path';
import type { Account, CreateTenant, Party, Tenant } from '@utilis/contracts';
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

// The header's search box: type a name, move through the hits with the keyboard, open one with
// Enter; then type an account number and land on its holder's page.
describe('global search box', () => {
  let dataDir: string | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let tenant: Tenant;
  let elodie: Party;
  let paul: Party;
  let account: Account;

  beforeAll(async () => {
    const started = await startServerWithAdmin(admin);
    ({ dataDir, server } = started);
    const { api } = started;
    const newTenant: CreateTenant = {
      code: 'e2e-search',
      name: 'E2E Search Water',
      country: 'FR',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    };
    tenant = await api.post<Tenant>('/api/v1/tenants', newTenant);
    const parties = `/api/v1/tenants/${tenant.id}/parties`;
    elodie = await api.post<Party>(parties, { kind: 'person', givenName: 'Élodie', familyName: 'Marchand' });
    paul = await api.post<Party>(parties, { kind: 'person', givenName: 'Paul', familyName: 'Marchand' });
    await api.post<Party>(parties, { kind: 'person', givenName: 'Louise', familyName: 'Fontaine' });
    account = await api.post<Account>(`/api/v1/tenants/${tenant.id}/accounts`, {
      partyId: elodie.id,
      accountNumber: 'MA-7731',
      openedOn: '2025-01-01',
    });
    browser = await launchBrowser();
  });

  afterAll(() => closeAll({ browser, server, dataDir }));

  it('finds customers by name and by account number, and opens the chosen one with the keyboard', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.baseUrl}/parties`);
    await signIn(page, admin);
    const tenantSwitcher = page.getByRole('combobox', { name: 'Tenant', exact: true });
    await tenantSwitcher.waitFor();
    if ((await tenantSwitcher.inputValue()) !== tenant.name) await chooseOption(page, 'Tenant', tenant.name);

    // A surname: both Marchands, each marked as a customer; the second is opened with ↓ and Enter.
    const box = page.getByLabel('Search the tenant');
    await box.fill('marchand');
    const hits = page.getByRole('option');
    await hits.filter({ hasText: 'Paul Marchand' }).waitFor();
    expect(await hits.allInnerTexts()).toEqual([
      expect.stringMatching(/Élodie Marchand[\s\S]*Customer/i),
      expect.stringMatching(/Paul Marchand[\s\S]*Customer/i),
    ]);
    await page.screenshot({ path: join(screenshotDir, 'search-name.png') });
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Paul Marchand', level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/parties/${paul.id}`);
    expect(await box.inputValue()).toBe('');

    // An account number: the account comes first, and Enter opens its holder's page.
    await box.fill(account.accountNumber.toLowerCase());
    const first = hits.first();
    await first.filter({ hasText: account.accountNumber }).waitFor();
    expect(await first.innerText()).toMatch(/MA-7731[\s\S]*Élodie Marchand[\s\S]*Account/i);
    await page.screenshot({ path: join(screenshotDir, 'search-account.png') });
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Élodie Marchand', level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/parties/${elodie.id}`);
  });
});
