import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoLogin,
  demoLogins,
  launchBrowser,
  newDataDir,
  removeDataDir,
  screenshotDir,
  signIn,
  signOut,
  startServer,
  stopServer,
  utilis,
} from './e2e-server.ts';

const administrationPages = ['Tenants', 'Users', 'Roles', 'API keys', 'Audit log'];

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

const navLabels = async (page: Page) =>
  (await navigation(page).getByRole('link').allTextContents()).map((text) => text.trim());

async function choose(scope: Page | Locator, page: Page, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('access in the browser', () => {
  let dataDir: string | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let logins: Map<string, DemoLogin>;

  const login = (role: string) => {
    const found = logins.get(role);
    if (!found) throw new Error(`the demo has no ${role} login`);
    return found;
  };

  beforeAll(async () => {
    const data = await newDataDir();
    dataDir = data.dataDir;
    // The demo seeds two tenants, accounts in branches centre and north, and one login per built-in role.
    await utilis(['demo', '--no-serve', '--parties', '20'], data.env);
    logins = await demoLogins(data.dataDir);
    server = await startServer(data.env);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server.child);
    if (dataDir) await removeDataDir(dataDir);
  });

  it('gives the administrator every page: users, roles, audit, API keys, and creating parties', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 860 } });

    // Signed out, a deep link shows the login page, then leads back where it pointed.
    await page.goto(`${server.baseUrl}/users`);
    await page.waitForURL(/\/login\?next=%2Fusers$/);
    await page.screenshot({ path: join(screenshotDir, 'login.png') });
    await signIn(page, login('administrator'));
    await page.getByRole('heading', { name: 'Users', level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/users');
    expect(await navLabels(page)).toEqual(expect.arrayContaining(['Parties', 'Accounts', ...administrationPages]));
    await page.getByRole('button', { name: 'Account menu of Alex Morgan' }).waitFor();

    const users = page.getByRole('table', { name: 'Users' });
    await users.getByRole('button', { name: 'Chris Patel' }).waitFor();
    await users.getByText('Cashier · Riverside Water, branch centre').waitFor();

    await page.getByRole('button', { name: 'New user' }).click();
    const userDialog = page.getByRole('dialog', { name: 'New user' });
    await userDialog.getByLabel('Name').fill('Nora North');
    await userDialog.getByLabel('E-mail').fill('nora.north@utilis.example');
    await userDialog.getByRole('button', { name: 'Generate' }).click();
    expect((await userDialog.getByLabel(/^Password/).inputValue()).length).toBeGreaterThanOrEqual(20);
    await choose(userDialog, page, 'Role', 'Cashier');
    await choose(userDialog, page, 'Applies to', 'One branch of a tenant');
    await choose(userDialog, page, 'Tenant', 'Riverside Water');
    await userDialog.getByLabel('Branch').fill('north');
    await page.screenshot({ path: join(screenshotDir, 'user-form.png') });
    await userDialog.getByRole('button', { name: 'Create user' }).click();
    await userDialog.waitFor({ state: 'hidden' });
    await users.getByText('Cashier · Riverside Water, branch north').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'users.png'), fullPage: true });

    await users.getByRole('button', { name: 'Nora North' }).click();
    const drawer = page.getByRole('dialog', { name: 'Nora North' });
    await drawer.getByRole('button', { name: 'Deactivate' }).click();
    await drawer.getByText('Deactivated').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'user-details.png') });
    await drawer.getByRole('button', { name: 'Close' }).click();

    await navigation(page).getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('article', { name: 'Read-only auditor' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'roles.png'), fullPage: true });

    await navigation(page).getByRole('link', { name: 'Parties' }).click();
    await page.getByRole('combobox', { name: 'Tenant', exact: true }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual([
      'УК «Заречье»',
      'Riverside Water',
      'Eaux du Lac',
    ]);
    await page.getByRole('option', { name: 'Riverside Water' }).click();
    await page.getByRole('button', { name: 'New party' }).click();
    const partyDialog = page.getByRole('dialog', { name: 'New party' });
    await partyDialog.getByLabel('Given name').fill('Grace');
    await partyDialog.getByLabel('Family name').fill('Hopper');
    await partyDialog.getByRole('button', { name: 'Create party' }).click();
    await partyDialog.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Parties' }).getByRole('cell', { name: 'Grace Hopper' }).waitFor();

    // The tenant's trail records the party just created; the deployment's, the users.
    await navigation(page).getByRole('link', { name: 'Audit log' }).click();
    const audit = page.getByRole('table', { name: 'Audit log' });
    const created = audit.getByRole('row').filter({ hasText: 'party.create' }).first();
    await created.waitFor();
    expect(await created.textContent()).toContain('administrator@utilis.example');
    await created.getByRole('button', { name: 'Show or hide the details of party.create' }).click();
    await audit.getByText('"displayName": "Grace Hopper"').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'audit.png'), fullPage: true });
    await page
      .locator('label')
      .filter({ hasText: /^Deployment$/ })
      .click();
    await audit.getByRole('row').filter({ hasText: 'user.create' }).first().waitFor();
    await page.getByLabel('Action').fill('user.update');
    await expect.poll(() => audit.getByRole('row').filter({ hasText: 'user.create' }).count()).toBe(0);
    expect(await audit.getByRole('row').filter({ hasText: 'user.update' }).count()).toBe(1);

    await navigation(page).getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('button', { name: 'New API key' }).click();
    const keyDialog = page.getByRole('dialog', { name: 'New API key' });
    await keyDialog.getByLabel('Name').fill('Payment gateway');
    await choose(keyDialog, page, 'Role', 'Cashier');
    await keyDialog.getByRole('button', { name: 'Create key' }).click();
    const secret = await keyDialog.getByLabel('API key secret').textContent();
    expect(secret).toMatch(/^utk_[A-Za-z0-9]{12}_/);
    await page.screenshot({ path: join(screenshotDir, 'api-key-created.png') });
    await keyDialog.getByRole('button', { name: 'Done' }).click();
    const keys = page.getByRole('table', { name: 'API keys' });
    expect(await keys.getByRole('row').filter({ hasText: 'Payment gateway' }).textContent()).toContain('Never');

    await signOut(page, 'Alex Morgan');
    await page.close();
  });

  it('keeps a branch cashier to its tenant and branch, with no administration and no new parties', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 860 } });
    const cashier = login('cashier');
    await page.goto(server.baseUrl);

    await signIn(page, { email: cashier.email, password: 'not the right password' });
    await page.getByRole('alert').getByText('Wrong e-mail or password').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).getAttribute('data-loading')).toBeNull();
    await page.screenshot({ path: join(screenshotDir, 'login-refused.png') });
    await page.getByLabel('Password', { exact: true }).fill(cashier.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { name: 'Parties', level: 2 }).waitFor();
    await page.getByRole('table', { name: 'Parties' }).getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('button', { name: 'New party' }).count()).toBe(0);
    const visible = await navLabels(page);
    // Premises and the branch's export come with reading accounts; importing still needs the whole tenant.
    expect(visible).toEqual(['Parties', 'Accounts', 'Premises', 'Import & export', 'Tenants']);

    await page.getByRole('combobox', { name: 'Tenant', exact: true }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual(['Riverside Water']);
    await page.keyboard.press('Escape');

    await navigation(page).getByRole('link', { name: 'Accounts' }).click();
    const accounts = page.getByRole('table', { name: 'Accounts' });
    await accounts.getByRole('cell', { name: 'centre' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Open account' }).count()).toBe(0);
    const branches = await accounts.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(branches.length).toBe(14);
    expect(new Set(branches)).toEqual(new Set(['centre']));
    await page.screenshot({ path: join(screenshotDir, 'cashier-accounts.png'), fullPage: true });

    await page.goto(`${server.baseUrl}/users`);
    await page.getByRole('heading', { name: 'Not available to you' }).waitFor();

    const newPassword = 'a brand new passphrase for the till';
    await page.getByRole('button', { name: 'Account menu of Chris Patel' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    const passwordDialog = page.getByRole('dialog', { name: 'Change your password' });
    await passwordDialog.getByLabel('Current password').fill('not my password at all');
    await passwordDialog.getByLabel('New password', { exact: true }).fill(newPassword);
    await passwordDialog.getByLabel('New password again').fill(newPassword);
    await passwordDialog.getByRole('button', { name: 'Change password' }).click();
    await passwordDialog.getByText('This is not your current password').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'change-password.png') });
    await passwordDialog.getByLabel('Current password').fill(cashier.password);
    await passwordDialog.getByRole('button', { name: 'Change password' }).click();
    await passwordDialog.getByText('Your password is changed.').waitFor();
    await passwordDialog.getByRole('button', { name: 'Close' }).last().click();

    await signOut(page, 'Chris Patel');
    await signIn(page, { email: cashier.email, password: newPassword });
    await page.getByRole('heading', { name: 'Parties', level: 2 }).waitFor();
    await page.close();
  });
});
