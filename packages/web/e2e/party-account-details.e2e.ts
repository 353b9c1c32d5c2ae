import { join } from 'node:path';
import type { Account, CreateTenant, IdentityDocument, Party, PartyContact, Tenant } from '@utilis/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  chooseOption,
  launchBrowser,
  newDataDir,
  removeDataDir,
  screenshotDir,
  signIn,
  startServer,
  stopServer,
  utilis,
} from './e2e-server.ts';

const admin = { email: 'admin@e2e.example', password: 'a long passphrase for the e2e admin' };

/** Reads what the browser saved, as the admin: the shared helper only writes. */
async function readerAs(baseUrl: string, { email, password }: { email: string; password: string }) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = login.headers.getSetCookie().find((each) => each.startsWith('utilis_session='));
  if (login.status !== 200 || !cookie) throw new Error(`sign-in as ${email} answered ${login.status}`);
  return async <T>(path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
}

describe('party and account details', () => {
  let dataDir: string | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let read: Awaited<ReturnType<typeof readerAs>>;
  let tenant: Tenant;

  beforeAll(async () => {
    const data = await newDataDir();
    dataDir = data.dataDir;
    await utilis(['users', 'create-admin', '--email', admin.email, '--name', 'Ada Admin'], {
      ...data.env,
      UTILIS_ADMIN_PASSWORD: admin.password,
    });
    server = await startServer(data.env);
    const api = await apiAs(server.baseUrl, admin);
    read = await readerAs(server.baseUrl, admin);
    const newTenant: CreateTenant = {
      code: 'e2e-rw',
      name: 'E2E Rwanda Water',
      country: 'RW',
      currency: 'RWF',
      locale: 'en-GB',
      timeZone: 'Africa/Kigali',
      accountNumberPattern: 'RW-{seq:6}',
    };
    tenant = await api.post<Tenant>('/api/v1/tenants', newTenant);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server.child);
    if (dataDir) await removeDataDir(dataDir);
  });

  const openPage = async (path: string, heading: string): Promise<Page> => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.baseUrl}${path}`);
    await signIn(page, admin);
    await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    const tenantSwitcher = page.getByRole('combobox', { name: 'Tenant', exact: true });
    if ((await tenantSwitcher.inputValue()) !== tenant.name) await chooseOption(page, 'Tenant', tenant.name);
    return page;
  };

  it('creates a tenant whose accounts are numbered by a pattern from the tenants page', async () => {
    const page = await openPage('/tenants', 'Tenants');
    await page.getByRole('button', { name: 'New tenant' }).click();
    const form = page.getByRole('dialog', { name: 'New tenant' });
    // Required fields carry an asterisk in their accessible names.
    await form.getByRole('textbox', { name: /^Code/ }).fill('e2e-kigali');
    await form.getByRole('textbox', { name: /^Name/ }).fill('Kigali Water');
    await form.getByRole('combobox', { name: /^Country/ }).fill('Rwanda');
    await page.getByRole('option', { name: 'Rwanda (RW)' }).click();
    await form.getByRole('combobox', { name: /^Currency/ }).fill('RWF');
    await page.getByRole('option', { name: /^RWF/ }).click();
    await form.getByRole('textbox', { name: /^Locale/ }).fill('en-GB');
    await form.getByLabel('Account number pattern').fill('KW-{seq:5}{check}');
    await form.getByRole('button', { name: 'Create tenant' }).click();
    await form.waitFor({ state: 'hidden' });
    const tenants = await read<{ items: Tenant[] }>('/api/v1/tenants');
    expect(tenants.items.find((each) => each.code === 'e2e-kigali')).toMatchObject({
      accountNumberPattern: 'KW-{seq:5}{check}',
    });
  });

  it('creates a party with customer number and channel, then records its documents and contacts', async () => {
    const page = await openPage('/parties', 'Parties');
    await page.getByRole('button', { name: 'New party' }).click();
    const form = page.getByRole('dialog', { name: 'New party' });
    await form.getByLabel('Given name').fill('Amani');
    await form.getByLabel('Family name').fill('Uwase');
    await form.getByLabel('Customer number').fill('C-1001');
    await form.getByLabel('Preferred channel').selectOption('sms');
    await form.getByRole('button', { name: 'Create party' }).click();
    await form.waitFor({ state: 'hidden' });

    const parties = await read<{ items: Party[] }>(`/api/v1/tenants/${tenant.id}/parties?q=Uwase`);
    const [party] = parties.items;
    expect(party).toMatchObject({ reference: 'C-1001', preferredChannel: 'sms' });

    const row = page.getByRole('table', { name: 'Parties' }).getByRole('row', { name: /Amani Uwase/ });
    await row.getByRole('button', { name: 'Details' }).click();
    const details = page.getByRole('dialog', { name: 'Details of Amani Uwase' });
    await details.getByRole('tab', { name: 'Identity documents' }).click();
    await details.getByText('Nothing recorded yet.').waitFor();
    await details.getByRole('button', { name: 'Add' }).click();
    await details.getByLabel('Number 1').fill('PC1234567');
    await details.getByLabel('Country 1').fill('rw');
    await details.getByLabel('Valid until 1').fill('2031-05-31');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Saved.').waitFor();

    await details.getByRole('tab', { name: 'Contacts' }).click();
    await details.getByText('Nothing recorded yet.').waitFor();
    await details.getByRole('button', { name: 'Add' }).click();
    await details.getByLabel('Address or number 1').fill('amani@example.rw');
    await details.getByLabel('Marketing: consent on 1').fill('2026-02-01');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Saved.').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'party-contacts.png') });

    await details.getByRole('tab', { name: 'Profile' }).click();
    await details.getByLabel('Customer number').fill('C-1002');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.waitFor({ state: 'hidden' });

    const partyUrl = `/api/v1/tenants/${tenant.id}/parties/${party?.id}`;
    expect(await read<Party>(partyUrl)).toMatchObject({ reference: 'C-1002', preferredChannel: 'sms' });
    const documents = await read<{ items: IdentityDocument[] }>(`${partyUrl}/identity-documents`);
    expect(documents.items).toEqual([
      expect.objectContaining({
        kind: 'passport',
        number: 'PC1234567',
        issuingCountry: 'RW',
        validUntil: '2031-05-31',
      }),
    ]);
    const contacts = await read<{ items: PartyContact[] }>(`${partyUrl}/contacts`);
    expect(contacts.items).toEqual([
      expect.objectContaining({
        channel: 'email',
        value: 'amani@example.rw',
        marketing: { given: true, givenOn: '2026-02-01', withdrawnOn: null },
      }),
    ]);
    await page.close();
  });

  it("opens an account numbered by the tenant's pattern and keeps its household without overlaps", async () => {
    const page = await openPage('/accounts', 'Accounts');
    await page.getByRole('button', { name: 'Open account' }).click();
    const form = page.getByRole('dialog', { name: 'Open an account' });
    await form
      .getByRole('textbox', { name: 'Party' })
      .or(form.getByRole('combobox', { name: 'Party' }))
      .first()
      .fill('Uwase');
    await page.getByRole('option', { name: 'Amani Uwase' }).click();
    await form.getByLabel('Bill cycle').fill('C07');
    await form.getByLabel('Use class').fill('residential');
    await form.getByText('Portal', { exact: true }).click();
    await form.getByRole('button', { name: 'Open account' }).click();
    await form.waitFor({ state: 'hidden' });

    const table = page.getByRole('table', { name: 'Accounts' });
    await table.getByRole('button', { name: 'RW-000001' }).click();
    const accounts = await read<{ items: Account[] }>(`/api/v1/tenants/${tenant.id}/accounts`);
    expect(accounts.items[0]).toMatchObject({
      accountNumber: 'RW-000001',
      billCycleCode: 'C07',
      useClass: 'residential',
      deliveryPreference: 'portal',
    });

    const details = page.getByRole('dialog', { name: 'Details of RW-000001' });
    await details.getByRole('tab', { name: 'Household' }).click();
    await details.getByText('Nothing recorded yet.').waitFor();
    await details.getByRole('button', { name: 'Add' }).click();
    await details.getByLabel('Name 1').fill('Keza Uwase');
    await details.getByLabel('From 1').fill('2024-01-01');
    await details.getByRole('button', { name: 'Add' }).click();
    await details.getByLabel('Name 2').fill('Keza Uwase');
    await details.getByLabel('From 2').fill('2025-06-01');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByRole('alert').getByText('Two entries of the same kind share a day.').waitFor();

    await details.getByLabel('To 1').fill('2025-05-31');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Saved.').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'account-household.png') });

    await details.getByRole('tab', { name: 'Billing' }).click();
    await details.getByText('E-mail', { exact: true }).click();
    await details.getByRole('button', { name: 'Save' }).click();
    await details.waitFor({ state: 'hidden' });
    const [account] = (await read<{ items: Account[] }>(`/api/v1/tenants/${tenant.id}/accounts`)).items;
    expect(account).toMatchObject({ deliveryPreference: 'email', billCycleCode: 'C07', useClass: 'residential' });
    await page.close();
  });
});
