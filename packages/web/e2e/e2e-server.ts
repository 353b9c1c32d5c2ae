import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Session } from '@utilis/contracts';
import { type Browser, chromium, type Page } from 'playwright-core';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const screenshotDir = join(repoRoot, 'test-results');
const bin = 'packages/server/bin/utilis.js';
const run = promisify(execFile);

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

/** A fresh data directory, and the environment every `utilis` command of one test file runs with. */
export async function newDataDir() {
  const dataDir = await mkdtemp(join(tmpdir(), 'utilis-e2e-'));
  // The CLI keeps to its own embedded database, whatever DATABASE_URL the shell has.
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  return { dataDir, env: { ...environment, UTILIS_DATA_DIR: dataDir, LOG_LEVEL: 'warn' } };
}

/** Runs `utilis <args>` to completion on the data directory, as an operator would before serving. */
export const utilis = (args: string[], env: NodeJS.ProcessEnv) =>
  run(process.execPath, [bin, ...args], { cwd: repoRoot, env });

export type DemoLogin = { role: string; email: string; password: string };

export async function demoLogins(dataDir: string): Promise<Map<string, DemoLogin>> {
  const logins = JSON.parse(await readFile(join(dataDir, 'demo-logins.json'), 'utf8')) as DemoLogin[];
  return new Map(logins.map((login) => [login.role, login]));
}

export async function startServer(env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
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
    if (isUp) return { child, baseUrl, output: () => output };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not answer /health within 150 s:\n${output}`);
}

export async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export const removeDataDir = (dataDir: string) => rm(dataDir, { recursive: true, force: true });

/** A fresh server whose first administrator is made from the console, and the API signed in as them. */
export async function startServerWithAdmin(admin: { email: string; password: string }) {
  const data = await newDataDir();
  // A fresh server has no one to sign in: its first administrator is made from the console.
  await utilis(['users', 'create-admin', '--email', admin.email, '--name', 'Ada Admin'], {
    ...data.env,
    UTILIS_ADMIN_PASSWORD: admin.password,
  });
  const server = await startServer(data.env);
  return { dataDir: data.dataDir, server, api: await apiAs(server.baseUrl, admin) };
}

/** Closes what a test file opened, whichever of it was opened before a failure. */
export async function closeAll({
  browser,
  server,
  dataDir,
}: {
  browser?: Browser;
  server?: { child: ChildProcess };
  dataDir?: string;
}) {
  await browser?.close();
  if (server) await stopServer(server.child);
  if (dataDir) await removeDataDir(dataDir);
}

export async function launchBrowser(): Promise<Browser> {
  await mkdir(screenshotDir, { recursive: true });
  return chromium.launch({
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
}

/** The API as a signed-in person, for setting up what a test needs: the session cookie and its CSRF token. */
export async function apiAs(baseUrl: string, { email, password }: { email: string; password: string }) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in as ${email} answered ${login.status}: ${await login.text()}`);
  const cookie = login.headers.getSetCookie().find((each) => each.startsWith('utilis_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const { csrfToken } = (await login.json()) as Session;
  const headers = { 'content-type': 'application/json', cookie: cookie.split(';')[0] ?? '', 'x-csrf-token': csrfToken };
  return {
    post: async <T>(path: string, body: unknown): Promise<T> => {
      const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (response.status !== 201)
        throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as T;
    },
    get: async <T>(path: string): Promise<T> => {
      const response = await fetch(`${baseUrl}${path}`, { headers });
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

export async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Signs in through the login page the app shows to anyone not signed in. */
export async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.getByRole('heading', { name: 'Sign in', level: 2 }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page, displayName: string) {
  await page.getByRole('button', { name: `Account menu of ${displayName}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in', level: 2 }).waitFor();
}
