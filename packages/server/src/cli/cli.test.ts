import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

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

describe('utilis command', () => {
  it('lists serve, migrate, demo and rate in its help', async () => {
    const { stdout } = await run(process.execPath, [bin, '--help']);
    expect(stdout).toMatch(/serve/);
    expect(stdout).toMatch(/migrate/);
    expect(stdout).toMatch(/demo/);
    expect(stdout).toMatch(/rate/);
  });

  it('migrates once, then reports the database up to date', async () => {
    const env = cliEnvironment();
    expect((await run(process.execPath, [bin, 'migrate'], { env })).stdout).toMatch(/Applied .*tenancy/);
    expect((await run(process.execPath, [bin, 'migrate'], { env })).stdout).toMatch(/up to date/);
  });

  it('seeds the demo once and leaves a second run unchanged', async () => {
    const env = cliEnvironment();
    const first = await run(process.execPath, [bin, 'demo', '--no-serve', '--parties', '24'], { env });
    expect(first.stdout).toMatch(/demo-water\): 24 parties with one account each/);
    const second = await run(process.execPath, [bin, 'demo', '--no-serve', '--parties', '24'], { env });
    expect(second.stdout).toMatch(/demo-water\) is already seeded/);
  });

  it('serves until SIGTERM, then shuts down cleanly', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { env: cliEnvironment() });
    const started = await outputOf(child, /serving (http:\/\/\S+)/);
    const url = started.match(/serving (http:\/\/\S+)/)?.[1];
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses an invalid port with a readable message', async () => {
    const failure = run(process.execPath, [bin, 'serve', '--port', 'eighty'], { env: cliEnvironment() });
    await expect(failure).rejects.toMatchObject({ stderr: expect.stringMatching(/Invalid configuration: PORT/) });
  });
});
