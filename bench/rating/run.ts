// Rates a million account-periods on one thread and, in the same run, times a raw COPY of as
// many rows, so the figure can be judged against the database on the same noisy machine.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exact } from '@utilis/domain';
import { Temporal } from 'temporal-polyfill';
import { benchmarkPlan, tariff } from './benchmark-plan.ts';
import { saveResult } from './save-result.ts';
import { syntheticConsumption } from './synthetic-consumption.ts';
import { timeCopy } from './time-copy.ts';
import { timeRating } from './time-rating.ts';
import { verifyTotals } from './verify-totals.ts';

const accountPeriods = 1_000_000;
const chunkSize = 100_000;
const seed = 20_250_301;
const targetRatingsPerSecondPerCore = 200_000;
const billingPeriod = { start: Temporal.PlainDate.from('2025-03-01'), end: Temporal.PlainDate.from('2025-03-31') };
const command = 'npm run rating --workspace @utilis/bench';

const databaseUrl = process.env.DATABASE_URL || undefined;
const machine = {
  cpuModel: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const engine = engineRevision();
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoPlaces = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

console.log(
  `Rating ${whole.format(accountPeriods)} account-periods on one thread; COPY into ${
    databaseUrl ? `PostgreSQL at ${withoutPassword(databaseUrl)} (DATABASE_URL)` : 'PGlite in memory (no DATABASE_URL)'
  }`,
);
console.log(`  machine   ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);
console.log(
  `  engine    commit ${engine.commit}${engine.isDomainModified ? ' with uncommitted changes in packages/domain' : ''}`,
);

const consumptionLitres = syntheticConsumption({ count: accountPeriods, seed });
const rating = timeRating({ plan: benchmarkPlan, billingPeriod, consumptionLitres, chunkSize });
const ratingsPerSecondPerCore = accountPeriods / rating.seconds;
const ratingsPerCpuSecond = accountPeriods / rating.cpuSeconds;
const sortedChunkRates = [...rating.chunkRatingsPerSecond].sort((a, b) => a - b);
const chunkRatingsPerSecond = {
  first: rating.chunkRatingsPerSecond[0] ?? 0,
  slowest: sortedChunkRates[0] ?? 0,
  median: sortedChunkRates[Math.floor(sortedChunkRates.length / 2)] ?? 0,
  fastest: sortedChunkRates.at(-1) ?? 0,
};
const isTargetMet = ratingsPerSecondPerCore >= targetRatingsPerSecondPerCore;
console.log(
  `  rating    ${twoPlaces.format(rating.seconds)} s → ${whole.format(ratingsPerSecondPerCore)} ratings/s per core ` +
    `(target ≥ ${whole.format(targetRatingsPerSecondPerCore)}: ${isTargetMet ? 'met' : 'NOT met'})`,
);
const chunkFigures = Object.entries(chunkRatingsPerSecond).map(([name, value]) => `${name} ${whole.format(value)}`);
console.log(`            per ${whole.format(chunkSize)}: ${chunkFigures.join(', ')} ratings/s`);
console.log(
  `            process CPU ${twoPlaces.format(rating.cpuSeconds)} s with V8's GC threads → ` +
    `${whole.format(ratingsPerCpuSecond)} ratings per CPU-second`,
);
// CPU time below wall time means the thread sat waiting for the core: the figure is the machine's noise.
if (rating.cpuSeconds < rating.seconds * 0.97) {
  console.log(
    `            note: the process ran ${whole.format((rating.cpuSeconds / rating.seconds) * 100)}% of the wall time; ` +
      'another process shared the core, so rerun on a quiet machine',
  );
}

let sumOfTotalsMinor = 0n;
for (const totalMinor of rating.totalsMinor) sumOfTotalsMinor += totalMinor;
const check = verifyTotals({ consumptionLitres, totalsMinor: rating.totalsMinor });
if (check.mismatches.length > 0 || check.sampleEngineSumMinor !== check.sampleDecimalSumMinor) {
  console.error(check.mismatches.slice(0, 10));
  throw new Error(`${check.mismatches.length} of ${check.sampleSize} sampled totals differ from decimal.js`);
}
console.log(
  `  check     sum of all totals ${exact.scaledToText(sumOfTotalsMinor, 2)} ${tariff.currency}; ` +
    `${whole.format(check.sampleSize)} sampled bills recomputed with decimal.js: all equal to the cent`,
);

const copy = await timeCopy({ databaseUrl, consumptionLitres, totalsMinor: rating.totalsMinor });
if (copy.tableRows !== accountPeriods || copy.tableSumMinor !== sumOfTotalsMinor) {
  throw new Error(`COPY loaded ${copy.tableRows} rows summing to ${copy.tableSumMinor}, not the rated totals`);
}
const copyRowsPerSecond = copy.rows / copy.seconds;
const ratio = rating.seconds / copy.seconds;
console.log(
  `  COPY      ${copy.target} ${copy.serverVersion}: ${whole.format(copy.rows)} rows (one per account-period: ` +
    `its total) in ${twoPlaces.format(copy.seconds)} s → ${whole.format(copyRowsPerSecond)} rows/s`,
);
console.log(`  ratio     rating time / COPY time = ${twoPlaces.format(ratio)}`);

const recordedAt = new Date();
const file = await saveResult(
  {
    recordedAt: recordedAt.toISOString(),
    command: databaseUrl ? `DATABASE_URL=${withoutPassword(databaseUrl)} ${command}` : command,
    machine,
    engine,
    workload: {
      accountPeriods,
      plan: '3-tier graduated water charge per bill, 2 volumetric fees, 1 fixed monthly fee, exclusive VAT 7%',
      billingPeriod: `${billingPeriod.start}..${billingPeriod.end}`,
      consumption: 'm³ with up to 3 decimals, 0–50 m³; 1% zero, 30% whole m³; seeded',
      seed,
      rounding: 'half-up',
    },
    rating: {
      seconds: roundTo(rating.seconds, 3),
      ratingsPerSecondPerCore: Math.round(ratingsPerSecondPerCore),
      targetRatingsPerSecondPerCore,
      isTargetMet,
      cpuSeconds: roundTo(rating.cpuSeconds, 3),
      ratingsPerCpuSecond: Math.round(ratingsPerCpuSecond),
      chunkSize,
      chunkRatingsPerSecond: {
        first: Math.round(chunkRatingsPerSecond.first),
        slowest: Math.round(chunkRatingsPerSecond.slowest),
        median: Math.round(chunkRatingsPerSecond.median),
        fastest: Math.round(chunkRatingsPerSecond.fastest),
      },
    },
    check: {
      sumOfTotalsMinor: sumOfTotalsMinor.toString(),
      sampleSize: check.sampleSize,
      sampleEngineSumMinor: check.sampleEngineSumMinor.toString(),
      sampleDecimalSumMinor: check.sampleDecimalSumMinor.toString(),
      mismatches: check.mismatches.length,
    },
    copy: {
      target: copy.target,
      serverVersion: copy.serverVersion,
      rowShape:
        'one row per account-period: account_id bigint, component text "total", quantity numeric, amount_minor bigint',
      rows: copy.rows,
      payloadBytes: copy.payloadBytes,
      seconds: roundTo(copy.seconds, 3),
      rowsPerSecond: Math.round(copyRowsPerSecond),
    },
    ratingTimeOverCopyTime: roundTo(ratio, 3),
  },
  { date: recordedAt.toISOString().slice(0, 10) },
);
console.log(`  written   ${relative(process.cwd(), fileURLToPath(file))}`);

// The figure belongs to a version of the engine: the commit, and whether packages/domain differs from it.
function engineRevision(): { commit: string; isDomainModified: boolean } {
  try {
    const domain = fileURLToPath(new URL('../../packages/domain/', import.meta.url));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: domain, encoding: 'utf8' }).trim();
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      isDomainModified: git('status', '--porcelain', '--', '.') !== '',
    };
  } catch {
    return { commit: 'unknown', isDomainModified: false };
  }
}

function roundTo(value: number, places: number): number {
  return Math.round(value * 10 ** places) / 10 ** places;
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
