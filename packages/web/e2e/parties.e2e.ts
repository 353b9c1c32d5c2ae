import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateParty, CreateTenant, Tenant } from '@utilis/contracts';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const screenshotDir = join(repoRoot, 'test-results');

const freePort = async () => {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (typeof address !== 'object' || address === null) throw new Error('no port was assigned');
  return address.port;
};

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function startServer() {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'utilis-e2e-'));
  const child = spawn(process.execPath, ['packages/server/bin/utilis.js', 'serve'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', UTILIS_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    const isUp = await fetch(`${baseUrl}/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (isUp) return { child, baseUrl, dataDir };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not answer /health within 150 s:\n${output}`);
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('parties page', () => {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let tenant: Tenant;

  beforeAll(async () => {
    server = await startServer();
    const newTenant: CreateTenant = {
      code: 'e2e-water',
      name: 'E2E Water',
      country: 'FR',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    };
    tenant = await post<Tenant>(`${server.baseUrl}/api/v1/tenants`, newTenant);
    const organisation: CreateParty = {
      kind: 'organisation',
      organisationName: 'Régie des Eaux du Nord',
      registrationNumber: '130 005 481',
      email: 'contact@eaux-du-nord.example',
    };
    await post(`${server.baseUrl}/api/v1/tenants/${tenant.id}/parties`, organisation);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (server) {
      await stopServer(server.child);
      await rm(server.dataDir, { recursive: true, force: true });
    }
  });

  it('creates a person through the form, lists it first, and speaks French when asked', async () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 820 } });
    await page.goto(server.baseUrl);

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

    await page.reload();
    await page.getByRole('heading', { name: 'Tiers', level: 2 }).waitFor();
    await page.getByRole('cell', { name: 'Ada Lovelace' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'parties-fr.png'), fullPage: true });
    await page.close();
  });
});
