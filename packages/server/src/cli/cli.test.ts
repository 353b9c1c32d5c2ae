import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import serverPackage from '../../package.json' with { type: 'json' };

const bin = fileURLToPath(new URL('../../bin/utilis.js', import.meta.url));
const run = promisify(execFile);

// The CLI runs against its own embedded database, whatever DATABASE_URL the suite uses.
const cliEnvironment = () => {
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  return { ...environment, UTILIS_DATA_DIR: mkdtempSync(join(tmpdir(), 'utilis-cli-')), LOG_LEVEL: 'info' };
};

const outputOf = (child: ChildProcess, pattern: RegExp) =>
  new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve(output);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', () => reject(new Error(`exited before printing ${pattern}: ${output}`)));
  });

/** The rows of the demo's login table: role · e-mail · password. */
const loginsIn = (stdout: string) =>
  [...stdout.matchAll(/^\S.*?\s{2,}(\S+@utilis\.example)\s+(\S+)$/gm)].map(([, email, password]) => ({
    email,
    password,
  }));

// Each case starts fresh processes (seconds each just to load) that create and migrate an embedded
// database: minutes on a busy two-core machine, so the limit only catches a hang and no case times anything.
describe('utilis command', { timeout: 600_000 }, () => {
  it('lists serve, migrate, demo, users and rate in its help', async () => {
    const { stdout } = await run(process.execPath, [bin, '--help']);
    expect(stdout).toMatch(/serve/);
    expect(stdout).toMatch(/migrate/);
    expect(stdout).toMatch(/demo/);
    expect(stdout).toMatch(/users/);
    expect(stdout).toMatch(/rate/);
  });

  it('prints the version of the server package', async () => {
    const { stdout } = await run(process.execPath, [bin, '--version']);
    expect(stdout.trim()).toBe(serverPackage.version);
  });

  // One data folder for migrate and demo: each fresh folder costs an embedded database created by a new process.
  it('migrates once, reports the database up to date, then seeds the demo once and leaves a second run unchanged', async () => {
    const env = cliEnvironment();
    expect((await run(process.execPath, [bin, 'migrate'], { env })).stdout).toMatch(/Applied .*tenancy/);
    expect((await run(process.execPath, [bin, 'migrate'], { env })).stdout).toMatch(/up to date/);

    // The demo prints the same logins both times.
    const first = await run(process.execPath, [bin, 'demo', '--no-serve', '--parties', '24'], { env });
    expect(first.stdout).toMatch(/demo-water\): 24 parties with one account each/);
    const logins = loginsIn(first.stdout);
    expect(logins.map(({ email }) => email)).toEqual([
      'administrator@utilis.example',
      'billing-clerk@utilis.example',
      'cashier@utilis.example',
      'reading-clerk@utilis.example',
      'collections-agent@utilis.example',
      'analyst@utilis.example',
      'auditor@utilis.example',
    ]);
    for (const { password } of logins) expect(password).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(new Set(logins.map(({ password }) => password)).size).toBe(logins.length);

    const file = join(env.UTILIS_DATA_DIR, 'demo-logins.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { email: string; password: string }[];
    expect(stored.map(({ email, password }) => ({ email, password }))).toEqual(logins);

    const second = await run(process.execPath, [bin, 'demo', '--no-serve', '--parties', '24'], { env });
    expect(second.stdout).toMatch(/demo-water\) is already seeded/);
    expect(loginsIn(second.stdout)).toEqual(logins);
  });

  // One data folder for the console-made administrators and the server they sign in to: each
  // fresh folder costs an embedded database created and migrated by a new process.
  it('creates administrators who can sign in, refuses the same e-mail twice, and serves until SIGTERM', async () => {
    const env = cliEnvironment();
    const created = await run(process.execPath, [bin, 'users', 'create-admin', '--email', 'Root@Example.org'], { env });
    expect(created.stdout).toMatch(/Administrator root@example\.org created/);
    const password = created.stdout.match(/shown once[^:]*: (\S+)/)?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    const again = run(process.execPath, [bin, 'users', 'create-admin', '--email', 'root@example.org'], {
      env: { ...env, UTILIS_ADMIN_PASSWORD: 'another long passphrase' },
    });
    await expect(again).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/already belongs to a user/) });

    // The password from UTILIS_ADMIN_PASSWORD is never printed.
    const operatorPassword = 'a passphrase set by the operator';
    const operator = await run(process.execPath, [bin, 'users', 'create-admin', '--email', 'ops@example.org'], {
      env: { ...env, UTILIS_ADMIN_PASSWORD: operatorPassword },
    });
    expect(operator.stdout).toMatch(/UTILIS_ADMIN_PASSWORD/);
    expect(operator.stdout).not.toContain(operatorPassword);

    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { env });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let exitCode: number | null;
    try {
      const url = (await outputOf(child, /serving (http:\/\/\S+)/)).match(/serving (http:\/\/\S+)/)?.[1];
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'root@example.org', password }),
      });
      expect(login.status).toBe(200);
      const session = (await login.json()) as { user: { displayName: string }; deploymentPermissions: string[] };
      expect(session.user.displayName).toBe('Administrator');
      expect(session.deploymentPermissions).toContain('access.users.manage');
    } finally {
      child.kill('SIGTERM');
      exitCode = await exited;
    }
    // It shuts down cleanly on SIGTERM.
    expect(exitCode).toBe(0);
  });

  it('refuses an invalid port with a readable message', async () => {
    const failure = run(process.execPath, [bin, 'serve', '--port', 'eighty'], { env: cliEnvironment() });
    await expect(failure).rejects.toMatchObject({ stderr: expect.stringMatching(/Invalid configuration: PORT/) });
  });

  it('names a port in use and how to choose another, exits 1 and prints no stack trace', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const failure = await run(process.execPath, [bin, 'serve', '--port', String(port)], { env: cliEnvironment() })
        .then(() => undefined)
        .catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(failure?.stderr).toContain(`PORT=${port + 1} npm run serve`);
      expect(failure?.stderr).not.toMatch(/^\s+at /m);
      expect(failure?.stdout).not.toMatch(/serving/);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
