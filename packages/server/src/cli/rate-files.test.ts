import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { RatedBillResponse } from '@utilis/contracts';
import { describe, expect, it } from 'vitest';
import { beijingPlan, includedVat, resourceFee, waterFee } from '../testing/price-plans.ts';

const bin = fileURLToPath(new URL('../../bin/utilis.js', import.meta.url));
const run = promisify(execFile);

const year2025 = { start: '2025-01-01', end: '2025-12-31' };
const yearOfUse = { billingPeriod: year2025, usage: { kind: 'metered', period: year2025, consumption: '300' } };

/** Writes the plan and usage into a fresh folder and runs `utilis rate` on them. */
async function rate(plan: unknown, usage: unknown, ...options: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'utilis-rate-'));
  const [planFile, usageFile] = [join(folder, 'plan.json'), join(folder, 'usage.json')];
  writeFileSync(planFile, typeof plan === 'string' ? plan : JSON.stringify(plan));
  writeFileSync(usageFile, typeof usage === 'string' ? usage : JSON.stringify(usage));
  try {
    const { stdout, stderr } = await run(process.execPath, [
      bin,
      'rate',
      '--plan',
      planFile,
      '--usage',
      usageFile,
      ...options,
    ]);
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { exitCode: code, stdout, stderr };
  }
}

// Each case starts a process that loads the CLI: seconds each, minutes on a busy two-core machine,
// so the limit only catches a hang and no case times anything.
describe('utilis rate', { timeout: 300_000 }, () => {
  it('prints the bill as a table, each line explained, with the included tax and the total', async () => {
    const { exitCode, stdout } = await rate(beijingPlan, yearOfUse);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Component\s+Period\s+Quantity\s+Unit price\s+Amount\s+Tax$/m);
    expect(stdout).toMatch(/^water_fee\s+2025-01-01\.\.2025-12-31\s+80 m³\s+4\.07\s+325\.60\s+26\.88$/m);
    expect(stdout).toContain('water_fee: 80 m³ × 4.07 (tier 2: 180–260 m³) = 325.60');
    expect(stdout).toContain('water 9% included: 150.28 on 1820.00');
    expect(stdout).toMatch(/^Total: 1820\.00 CNY$/m);
  });

  it('prints the bill as JSON with --json, rounded the way the usage file asks', async () => {
    const { exitCode, stdout } = await rate(beijingPlan, { ...yearOfUse, rounding: 'down' }, '--json');
    expect(exitCode).toBe(0);
    const bill = JSON.parse(stdout) as RatedBillResponse;
    expect(bill.lines.map((line) => line.amount)).toEqual(['372.60', '325.60', '242.80', '471.00', '408.00']);
    expect(bill.total).toBe('1820.00');
    // 1,820.00 × 9/109 = 150.2752…: 150.28 half-up, 150.27 rounded down.
    expect(bill.taxes[0]?.amount).toBe('150.27');
  });

  it('names every field the plan gets wrong and exits 1 without a stack trace', async () => {
    const plan = {
      ...beijingPlan,
      versions: [
        {
          effectiveFrom: '2014-05-01',
          components: [
            waterFee([
              { upTo: '180', unitPrice: '2.07' },
              { upTo: '100', unitPrice: '4.07' },
              { upTo: null, unitPrice: '6.07' },
            ]),
            resourceFee,
            includedVat,
          ],
        },
      ],
    };
    const { exitCode, stdout, stderr } = await rate(plan, yearOfUse);
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^plan: versions\[0\]\.components\[0\]\.tiers\[1\]\.upTo: .*above the previous/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('lists the format problems of both files together', async () => {
    const plan = {
      ...beijingPlan,
      colour: 'blue',
      versions: [{ effectiveFrom: '2014-05-01', components: [{ ...resourceFee, unitPrice: 1.57 }] }],
    };
    const usage = { ...yearOfUse, billingPeriod: { start: '2025-02-30', end: '2025-12-31' } };
    const { exitCode, stderr } = await rate(plan, usage);
    expect(exitCode).toBe(1);
    const fields = stderr
      .trim()
      .split('\n')
      .map((line) => line.split(': ').slice(0, 2).join(': '));
    expect(fields.sort()).toEqual([
      'plan: colour',
      'plan: versions[0].components[0].unitPrice',
      'usage: billingPeriod.start',
    ]);
  });

  it('explains a file that is not JSON and a usage that cannot be rated', async () => {
    const broken = await rate('{"code": ', yearOfUse);
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toMatch(/^plan: .*plan\.json: .*JSON/m);

    const backwards = await rate(beijingPlan, {
      billingPeriod: year2025,
      usage: {
        kind: 'readings',
        previous: { on: '2025-01-01', value: '500' },
        current: { on: '2026-01-01', value: '200' },
      },
    });
    expect(backwards.exitCode).toBe(1);
    expect(backwards.stderr.trim()).toBe(
      'Cannot rate (negative_consumption): The current reading is below the previous one',
    );
  });
});
