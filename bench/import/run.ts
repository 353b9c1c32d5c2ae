// Imports 100,000 customer rows (party, account, premise, water service point, meter) from one CSV
// file into PostgreSQL through the server's own import use case, batch by batch as the API and the
// CLI run it, then times a raw COPY of the same rows into the same tables in the same run: the
// ratio between the two is the figure that holds on a noisy machine. Target: under 60 s.

import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { systemOrigin } from '../../packages/server/src/commands/index.ts';
import { openDatabase, withTenant } from '../../packages/server/src/db/index.ts';
import { importCustomers } from '../../packages/server/src/imports/index.ts';
import { findTenant } from '../../packages/server/src/tenants/index.ts';
import { timeCopyBaseline } from './copy-baseline.ts';
import { csvHeader, csvLine, syntheticCustomer } from './synthetic-customers.ts';

const rowCount = Number(process.env.IMPORT_ROWS ?? 100_000);
const targetSeconds = 60;
const command = 'npm run import --workspace @utilis/bench';
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'The import benchmark measures PostgreSQL: set DATABASE_URL to a fresh, empty database, e.g.\n' +
      '  psql -h 127.0.0.1 -U postgres -d postgres -qc "create database bench_import"\n' +
      `  DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_import ${command}`,
  );
  process.exit(2);
}

const twoPlaces = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const machine = { cpuModel: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), node: process.version };

const connection = await openDatabase({ backend: 'postgres', url: databaseUrl });
await connection.migrateToLatest();
const owner = new pg.Client({ connectionString: databaseUrl });
await owner.connect();
try {
  const tenants = await owner.query<{ count: string }>('select count(*)::text as count from tenant');
  if (tenants.rows[0]?.count !== '0') throw new Error('The benchmark needs a fresh database of its own');
  const serverVersion = (await owner.query<{ server_version: string }>('show server_version')).rows[0]?.server_version;
  const [importTenant, copyTenant] = [uuidv7(), uuidv7()];
  for (const [id, code] of [
    [importTenant, 'bench-import'],
    [copyTenant, 'bench-copy'],
  ]) {
    await owner.query(
      `insert into tenant (id, code, name, country, currency, locale, time_zone) values ($1, $2, $2, 'FR', 'EUR', 'fr-FR', 'Europe/Paris')`,
      [id, code],
    );
  }

  // The file, before any clock starts.
  const rows = Array.from({ length: rowCount }, (_, index) => syntheticCustomer(index));
  const file = Buffer.from(`${csvHeader}\n${rows.map(csvLine).join('\n')}\n`);
  console.log(
    `Import of ${whole.format(rowCount)} customer rows (${twoPlaces.format(file.length / 1e6)} MB CSV) into PostgreSQL ${serverVersion}`,
  );
  console.log(
    `  machine   ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, load ${loadavg()
      .map((load) => twoPlaces.format(load))
      .join(' ')}`,
  );

  const deps = { db: connection.db, now: () => Temporal.Now.instant(), newId: uuidv7 };
  const tenant = await withTenant(connection.db, importTenant, (trx) => findTenant(trx, importTenant));
  if (!tenant) throw new Error('The bench tenant was not created');
  const scope = { tenant, origin: systemOrigin('bench import') };
  // When each batch committed: a cost that grows with the tables would show as slower late batches.
  const committedAt: { rows: number; at: number }[] = [];
  const importStarted = performance.now();
  const imported = await importCustomers(deps, scope, {
    fileName: 'bench.csv',
    format: 'csv',
    bytes: file,
    onProgress: (rows: number) => committedAt.push({ rows, at: performance.now() }),
  });
  const importSeconds = (performance.now() - importStarted) / 1000;
  const tenth = Math.max(1, Math.floor(committedAt.length / 10));
  const rowsPerSecondOver = (from: number, to: number) => {
    const [start, end] = [committedAt[from], committedAt[to]];
    return start && end ? ((end.rows - start.rows) * 1000) / (end.at - start.at) : Number.NaN;
  };
  const firstTenth = rowsPerSecondOver(0, tenth);
  const lastTenth = rowsPerSecondOver(committedAt.length - 1 - tenth, committedAt.length - 1);
  if (!imported.ok) throw new Error(`Import refused: ${imported.code} ${imported.detail ?? ''}`);
  const report = imported.value;
  if (report.rowsCommitted !== rowCount || report.meters.created !== rowCount) {
    throw new Error(
      `Import incomplete: ${JSON.stringify({ ...report, rejectedRows: report.rejectedRows.slice(0, 5) })}`,
    );
  }
  console.log(
    `  import    ${twoPlaces.format(importSeconds)} s → ${whole.format(rowCount / importSeconds)} rows/s ` +
      `(first tenth ${whole.format(firstTenth)} rows/s, last tenth ${whole.format(lastTenth)} rows/s)`,
  );

  const rerunStarted = performance.now();
  const rerun = await importCustomers(deps, scope, { fileName: 'bench.csv', format: 'csv', bytes: file });
  const rerunSeconds = (performance.now() - rerunStarted) / 1000;
  if (!rerun.ok || rerun.value.parties.created + rerun.value.parties.updated + rerun.value.meters.created !== 0) {
    throw new Error('The re-run of the same file changed something');
  }
  console.log(`  re-run    ${twoPlaces.format(rerunSeconds)} s, nothing created or changed`);

  const copy = await timeCopyBaseline(owner, { tenantId: copyTenant, rows });
  console.log(
    `  COPY      ${twoPlaces.format(copy.seconds)} s for the same rows (${whole.format(copy.tableRows)} table rows, 8 tables)`,
  );
  const ratio = importSeconds / copy.seconds;
  const verdict = importSeconds < targetSeconds ? 'meets' : 'misses';
  console.log(`  ratio     import / COPY = ${twoPlaces.format(ratio)}; ${verdict} the target of < ${targetSeconds} s`);

  const date = Temporal.Now.plainDateISO().toString();
  const result = {
    benchmark: 'import',
    date,
    command: `DATABASE_URL=postgres://… ${command}`,
    machine,
    database: `PostgreSQL ${serverVersion}`,
    rows: rowCount,
    fileBytes: file.length,
    batchSize: 1000,
    importSeconds,
    rowsPerSecond: rowCount / importSeconds,
    rowsPerSecondFirstTenth: firstTenth,
    rowsPerSecondLastTenth: lastTenth,
    loadAverage: loadavg(),
    rerunSeconds,
    copySeconds: copy.seconds,
    importOverCopy: ratio,
    targetSeconds,
    meetsTarget: importSeconds < targetSeconds,
  };
  const directory = new URL('../results/', import.meta.url);
  await mkdir(directory, { recursive: true });
  const saved = new URL(`import-${date}.json`, directory);
  await writeFile(saved, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`  saved     ${saved.pathname}`);
} finally {
  await owner.end();
  await connection.close();
}
