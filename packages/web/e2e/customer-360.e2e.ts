import { join } from 'node:path';
import type { Account, CreateTenant, Party, PremiseWithServicePoints, ServicePoint, Tenant } from '@utilis/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  chooseOption,
  closeAll,
  launchBrowser,
  screenshotDir,
  signIn,
  type startServer,
  startServerWithAdmin,
} from './e2e-server.ts';

const admin = { email: 'admin@e2e.example', password: 'a long passphrase for the e2e admin' };

// A back-office day: record a premise, move a customer in, find it all on the customer's page,
// then move them out and see the final bill requested.
describe('customer 360 page', () => {
  let dataDir: string | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let tenant: Tenant;
  let party: Party;
  let account: Account;

  beforeAll(async () => {
    const started = await startServerWithAdmin(admin);
    ({ dataDir, server } = started);
    const { api } = started;
    const newTenant: CreateTenant = {
      code: 'e2e-360',
      name: 'E2E 360 Water',
      country: 'FR',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    };
    tenant = await api.post<Tenant>('/api/v1/tenants', newTenant);
    party = await api.post<Party>(`/api/v1/tenants/${tenant.id}/parties`, {
      kind: 'person',
      givenName: 'Louise',
      familyName: 'Fontaine',
    });
    account = await api.post<Account>(`/api/v1/tenants/${tenant.id}/accounts`, {
      partyId: party.id,
      accountNumber: 'LF-0001',
      openedOn: '2025-01-01',
    });
    browser = await launchBrowser();
  });

  afterAll(() => closeAll({ browser, server, dataDir }));

  it('creates a premise, moves a customer in, shows it on their page, and moves them out', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.baseUrl}/premises`);
    await signIn(page, admin);
    const tenantSwitcher = page.getByRole('combobox', { name: 'Tenant', exact: true });
    await tenantSwitcher.waitFor();
    if ((await tenantSwitcher.inputValue()) !== tenant.name) await chooseOption(page, 'Tenant', tenant.name);

    // A premise with its reference and a water service point, through the form.
    await page.getByRole('navigation').getByRole('link', { name: 'Premises' }).click();
    await page.getByRole('heading', { name: 'Premises', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'New premise' }).click();
    const form = page.getByRole('dialog', { name: 'New premise' });
    await form.getByLabel('Reference').fill('CAD-360');
    await form.getByLabel('Address').fill('4 rue du Pont');
    await form.getByLabel('Town').fill('Annecy');
    await form.getByLabel('Rooms').fill('3');
    await form.getByRole('checkbox', { name: 'Water', exact: true }).check();
    await form.getByRole('button', { name: 'Create premise' }).click();
    await form.waitFor({ state: 'hidden' });
    const premises = page.getByRole('table', { name: 'Premises' });
    const row = premises.getByRole('row').filter({ hasText: 'CAD-360' });
    await row.waitFor();

    // Edit it: the form opens with what was saved, service points included.
    await row.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit premise' });
    expect(await edit.getByLabel('Rooms').inputValue()).toBe('3');
    expect(await edit.getByRole('checkbox', { name: 'Water', exact: true }).isDisabled()).toBe(true);
    await edit.getByLabel('Occupants').fill('2');
    await edit.getByRole('button', { name: 'Save premise' }).click();
    await edit.waitFor({ state: 'hidden' });

    // Move her in: service point → account → date → readings → confirm.
    await row.getByRole('button', { name: 'Move in' }).click();
    const wizard = page.getByRole('dialog', { name: 'Move a customer in' });
    await chooseOption(page, 'Service point', 'Water');
    await wizard.getByText('Vacant: no agreement is running here.').waitFor();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('combobox', { name: 'Account', exact: true }).fill('LF-0001');
    await page.getByRole('option', { name: 'LF-0001 · Louise Fontaine' }).click();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByLabel('Date').fill('2025-03-01');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByLabel('Reading').fill('123.5');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('table', { name: 'Summary' }).getByText('LF-0001 · Louise Fontaine').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'move-in-confirm.png') });
    await wizard.getByRole('button', { name: 'Confirm move-in' }).click();
    await wizard.getByText('Moved in', { exact: true }).waitFor();
    await wizard.getByRole('button', { name: 'Close' }).last().click();
    await wizard.waitFor({ state: 'hidden' });

    // The parties list links to her page.
    await page.getByRole('navigation').getByRole('link', { name: 'Parties' }).click();
    await page.getByRole('table', { name: 'Parties' }).getByRole('link', { name: 'Louise Fontaine' }).click();
    await page.getByRole('heading', { name: 'Louise Fontaine', level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/parties/${party.id}`);
    // A customer since her account was opened, not since she was recorded.
    await page.getByRole('region', { name: 'Customer details' }).getByText('1 Jan 2025').waitFor();
    const agreements = page.getByRole('table', { name: 'Agreements' });
    const running = agreements.getByRole('row').filter({ hasText: 'LF-0001' });
    await running.getByText('Running').waitFor();
    expect(await running.textContent()).toContain('4 rue du Pont');
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Moved in', { exact: true }).waitFor();
    await history.getByText('Account opened', { exact: true }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'customer-360.png'), fullPage: true });

    // Move her out from her page; the wizard says a final bill will be requested.
    await running.getByRole('button', { name: 'Move out' }).click();
    const moveOut = page.getByRole('dialog', { name: 'Move a customer out' });
    await moveOut.getByRole('button', { name: 'Next' }).click();
    await moveOut.getByText(/moves out/).waitFor();
    await moveOut.getByRole('button', { name: 'Next' }).click();
    await moveOut.getByLabel('Date').fill('2025-06-30');
    await moveOut.getByRole('button', { name: 'Next' }).click();
    await moveOut.getByLabel('Reading').fill('160');
    await moveOut.getByRole('button', { name: 'Next' }).click();
    await moveOut.getByText('A final bill will be requested').waitFor();
    await moveOut.getByRole('button', { name: 'Confirm move-out' }).click();
    await moveOut.getByText('Moved out', { exact: true }).waitFor();
    await moveOut.getByText(/The final bill was requested on/).waitFor();
    await moveOut.getByRole('button', { name: 'Close' }).last().click();

    await agreements.getByRole('row').filter({ hasText: 'LF-0001' }).getByText('Ended').waitFor();
    await history.getByText('Moved out', { exact: true }).waitFor();
    await history.getByText('Final bill requested', { exact: true }).waitFor();
    const kinds = await history.getByTestId('timeline-kind').allTextContents();
    expect(kinds.indexOf('Moved out')).toBeLessThan(kinds.indexOf('Moved in'));
    expect(kinds.at(-1)).toBe('Account opened');
    await page.screenshot({ path: join(screenshotDir, 'customer-360-moved-out.png'), fullPage: true });
    expect(account.id).toBeTruthy();
    await page.close();
  });

  it('transfers a running agreement to another account from the customer page', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const api = await apiAs(server.baseUrl, admin);
    const base = `/api/v1/tenants/${tenant.id}`;
    const premise = await api.post<PremiseWithServicePoints>(`${base}/premises`, {
      addressLine1: '9 quai Napoléon',
      city: 'Annecy',
      country: 'FR',
    });
    const water = await api.post<ServicePoint>(`${base}/premises/${premise.id}/service-points`, { kind: 'water' });
    await api.post(`${base}/service-points/${water.id}/move-in`, { accountId: account.id, on: '2025-07-01' });
    const heir = await api.post<Party>(`${base}/parties`, { kind: 'person', givenName: 'Marc', familyName: 'Tissot' });
    await api.post<Account>(`${base}/accounts`, { partyId: heir.id, accountNumber: 'MT-0002', openedOn: '2025-01-01' });

    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.baseUrl}/parties/${party.id}`);
    await signIn(page, admin);
    const tenantSwitcher = page.getByRole('combobox', { name: 'Tenant', exact: true });
    await tenantSwitcher.waitFor();
    if ((await tenantSwitcher.inputValue()) !== tenant.name) await chooseOption(page, 'Tenant', tenant.name);
    await page.getByRole('heading', { name: 'Louise Fontaine', level: 2 }).waitFor();
    const agreements = page.getByRole('table', { name: 'Agreements' });
    const running = agreements.getByRole('row').filter({ hasText: '9 quai Napoléon' });
    await running.getByText('Running').waitFor();

    await running.getByRole('button', { name: 'Transfer' }).click();
    const wizard = page.getByRole('dialog', { name: 'Transfer to another account' });
    await wizard.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('combobox', { name: 'Account', exact: true }).fill('MT-0002');
    await page.getByRole('option', { name: 'MT-0002 · Marc Tissot' }).click();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByLabel('Date').fill('2025-09-30');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByText('A final bill will be requested').waitFor();
    await wizard.getByRole('button', { name: 'Confirm transfer' }).click();
    await wizard.getByText('Transferred', { exact: true }).waitFor();
    await wizard.getByRole('button', { name: 'Close' }).last().click();
    await agreements.getByRole('row').filter({ hasText: '9 quai Napoléon' }).getByText('Ended').waitFor();

    // The new holder's agreement starts the day after Louise's ends: no gap, no overlap.
    const held = await api.get<{ items: { accountId: string; startOn: string; endOn: string | null }[] }>(
      `${base}/agreements?servicePointId=${water.id}`,
    );
    expect(held.items.map(({ startOn, endOn }) => [startOn, endOn])).toEqual(
      expect.arrayContaining([
        ['2025-07-01', '2025-09-30'],
        ['2025-10-01', null],
      ]),
    );
    await page.close();
  });
});
