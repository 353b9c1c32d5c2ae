// Loads a million parties with their accounts, premises, agreements and meters into PostgreSQL with
// COPY, then times ~1,000 mixed searches through the server's own search use case, as the
// application role, exactly as the API runs them. The COPY of the same rows in the same run is the
// yardstick for the latency figures.
import { availableParallelism, cpus } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { findSearchHits } from '../../packages/server/src/customers/search/index.ts';
import { openDatabase, withTenant } from '../../packages/server/src/db/index.ts';
import { type BenchQuery, benchQueries } from './bench-queries.ts';
import { accountId, loadSyntheticTenant, meterId, partyId } from './load-synthetic-tenant.ts';
import { saveSearchResult } from './save-search-result.ts';
import { seededRandom } from './synthetic-parties.ts';

const partyCount = 1_000_000;
const queryCount = 1_000;
const warmUpCount = 50;
const seed = 20_261_123;
const targetP95Milliseconds = 50;
const tenantId = '00000000-0000-7000-8000-00000000be0c';
/** The GIN indexes of search (migrations 0006, 0008, 0010): set aside during the load, rebuilt after it. */
const searchIndexes = [
  'party_email_trgm_idx',
  'party_phone_digits_trgm_idx',
  'account_number_trgm_idx',
  'meter_serial_trgm_idx',
  'party_name_search_idx',
  'premise_address_search_idx',
];
/** The trigger filling the dictionary of name words (migration 0010), likewise replaced by one pass after the load. */
const nameWordsTrigger = 'party_search_words';
const command = 'npm run search --workspace @utilis/bench';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'The search benchmark measures PostgreSQL: set DATABASE_URL to a fresh, empty database, e.g.\n' +
      '  psql -h 127.0.0.1 -U postgres -d postgres -qc "create database bench_search"\n' +
      `  DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search ${command}`,
  );
  process.exit(2);
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoPlaces = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const machine = { cpuModel: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), node: process.version };

console.log(
  `Search over ${whole.format(partyCount)} parties with accounts, premises and meters in PostgreSQL at ${withoutPassword(databaseUrl)}`,
);
console.log(`  machine   ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);

const connection = await openDatabase({ backend: 'postgres', url: databaseUrl });
await connection.migrateToLatest();
const owner = new pg.Client({ connectionString: databaseUrl });
await owner.connect();
try {
  const serverVersion = (await owner.query<{ server_version: string }>('show server_version')).rows[0]?.server_version;
  const tenants = await owner.query<{ count: string }>('select count(*)::text as count from tenant');
  if (tenants.rows[0]?.count !== '0') {
    throw new Error(
      'The database already holds tenants: the benchmark needs a fresh database of its own, which it empties afterwards',
    );
  }

  await owner.query(
    `insert into tenant (id, code, name, country, currency, locale, time_zone) values ($1, 'bench-search', 'Bench Water', 'FR', 'EUR', 'fr-FR', 'Europe/Paris')`,
    [tenantId],
  );
  // The search indexes are set aside during the load and rebuilt from their own definitions after it,
  // as an operator would for a bulk import: GIN builds far faster in one pass than row by row.
  const definitions = await owner.query<{ indexdef: string }>(
    'select indexdef from pg_indexes where indexname = any($1) order by indexname',
    [searchIndexes],
  );
  if (definitions.rows.length !== searchIndexes.length)
    throw new Error('Migrations 0006, 0008 and 0010 have not created the search indexes');
  for (const index of searchIndexes) await owner.query(`drop index ${index}`);
  await owner.query(`alter table party disable trigger ${nameWordsTrigger}`);

  // The rows are formatted as COPY text before the clock starts; a seeded sample becomes the questions.
  const loaded = await loadSyntheticTenant(owner, {
    tenantId,
    partyCount,
    seed,
    sampleCount: queryCount + warmUpCount,
  });
  const { copySeconds, payloadBytes, rowCounts, sample } = loaded;
  const copiedRows = Object.values(rowCounts).reduce((sum, rows) => sum + rows, 0);
  console.log(
    `  COPY      ${whole.format(copiedRows)} rows (${Object.entries(rowCounts)
      .map(([table, rows]) => `${whole.format(rows)} ${table}`)
      .join(
        ', ',
      )}; ${whole.format(payloadBytes / 1e6)} MB) in ${twoPlaces.format(copySeconds)} s → ${whole.format(copiedRows / copySeconds)} rows/s`,
  );

  const indexStarted = performance.now();
  await owner.query(`set maintenance_work_mem = '512MB'`);
  for (const { indexdef } of definitions.rows) await owner.query(indexdef);
  await owner.query(`alter table party enable trigger ${nameWordsTrigger}`);
  await owner.query(`
    insert into search_word (tenant_id, word)
      select distinct party.tenant_id, word
      from party, unnest(string_to_array(btrim(search_text(party.display_name)), ' ')) as word
      where length(word) >= 3
      on conflict do nothing`);
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  for (const table of [...Object.keys(rowCounts), 'search_word']) await owner.query(`analyze ${table}`);
  console.log(
    `  indexes   ${searchIndexes.length} search indexes rebuilt and the dictionary of name words filled in ${twoPlaces.format(indexSeconds)} s, then ANALYZE`,
  );

  const queries = benchQueries({
    random: seededRandom(seed + 1),
    sample,
    count: queryCount + warmUpCount,
    partyId,
    accountId,
    meterId,
  });
  const timed: {
    query: BenchQuery;
    milliseconds: number;
    hits: number;
    isExpectedFirst: boolean;
    isExpectedFound: boolean;
  }[] = [];
  for (const [position, query] of queries.entries()) {
    const started = performance.now();
    const hits = await withTenant(connection.db, tenantId, (trx) =>
      findSearchHits(trx, { text: query.text, limit: 20, branches: null }),
    );
    const milliseconds = performance.now() - started;
    if (position < warmUpCount) continue;
    timed.push({
      query,
      milliseconds,
      hits: hits.length,
      isExpectedFirst: hits[0]?.id === query.expectedId,
      isExpectedFound: hits.some((hit) => hit.id === query.expectedId),
    });
  }

  const overall = percentiles(timed.map((each) => each.milliseconds));
  const kinds = [...new Set(timed.map((each) => each.query.kind))];
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const ofKind = timed.filter((each) => each.query.kind === kind);
      return [
        kind,
        {
          queries: ofKind.length,
          ...percentiles(ofKind.map((each) => each.milliseconds)),
          expectedFirst: ofKind.filter((each) => each.isExpectedFirst).length,
          expectedInHits: ofKind.filter((each) => each.isExpectedFound).length,
        },
      ];
    }),
  );
  // Each party comes with its account, premise, service point, agreement, meter and installation.
  const copyMillisecondsPerParty = (copySeconds * 1000) / partyCount;
  const p95OverCopyPerParty = overall.p95 / copyMillisecondsPerParty;
  const isTargetMet = overall.p95 < targetP95Milliseconds;
  console.log(
    `  search    ${whole.format(timed.length)} queries after ${warmUpCount} untimed: p50 ${twoPlaces.format(overall.p50)} ms, ` +
      `p95 ${twoPlaces.format(overall.p95)} ms, p99 ${twoPlaces.format(overall.p99)} ms, max ${twoPlaces.format(overall.max)} ms ` +
      `(target p95 < ${targetP95Milliseconds} ms: ${isTargetMet ? 'met' : 'NOT met'})`,
  );
  for (const [kind, figures] of Object.entries(byKind)) {
    console.log(
      `            ${kind.padEnd(16)} ${String(figures.queries).padStart(4)} queries  p50 ${twoPlaces.format(figures.p50).padStart(7)}  ` +
        `p95 ${twoPlaces.format(figures.p95).padStart(7)}  p99 ${twoPlaces.format(figures.p99).padStart(7)} ms  ` +
        `sought party/account first ${figures.expectedFirst}, in the hits ${figures.expectedInHits}`,
    );
  }
  // The ratio: how many parties (each with its account) the same database COPYs in the time of one p95 search.
  console.log(
    `  ratio     p95 search / COPY time per party with its rows = ${twoPlaces.format(overall.p95)} ms / ` +
      `${copyMillisecondsPerParty.toFixed(5)} ms = ${whole.format(p95OverCopyPerParty)} (a p95 search costs as much as COPYing that many parties with their rows)`,
  );

  const recordedAt = new Date();
  const file = await saveSearchResult(
    {
      benchmark: 'search',
      recordedAt: recordedAt.toISOString(),
      command: `DATABASE_URL=${withoutPassword(databaseUrl)} ${command}`,
      machine,
      serverVersion,
      workload: {
        parties: partyCount,
        rows: rowCounts,
        perParty:
          'one account, one premise with a water service point, a running agreement and an installed meter; one vacant premise per 50 parties',
        scripts:
          'names: 50% Latin "Given Family", 30% Cyrillic "Family Given Patronymic", 20% Chinese "姓名" (2–3 characters)',
        contacts: '70% with an e-mail, 80% with a phone',
        addresses:
          'in the script of the name: French "12 rue de la Paix", Russian "ул. Ленина, д. 12, кв. 34", Chinese "人民路88号3栋201室", with city and postal code',
        meters: 'serials like WM2016-0000002, unique',
        seed,
        queries: queryCount,
        warmUpQueries: warmUpCount,
        limit: 20,
        how: 'findSearchHits as the application role (utilis_app) in a transaction with utilis.tenant_id set, one query at a time',
      },
      copy: {
        rows: copiedRows,
        payloadBytes,
        seconds: roundTo(copySeconds, 3),
        rowsPerSecond: Math.round(copiedRows / copySeconds),
        note: 'into the real tables with their keys, unique numbers and serials, foreign keys and exclusion constraints; search indexes rebuilt after',
      },
      searchIndexBuildSeconds: roundTo(indexSeconds, 3),
      searchMilliseconds: roundAll(overall),
      byKind: Object.fromEntries(Object.entries(byKind).map(([kind, figures]) => [kind, roundAll(figures)])),
      targetP95Milliseconds,
      isTargetMet,
      copyMillisecondsPerParty: roundTo(copyMillisecondsPerParty, 6),
      p95OverCopyTimePerParty: Math.round(p95OverCopyPerParty),
    },
    { date: recordedAt.toISOString().slice(0, 10) },
  );
  console.log(`  written   ${relative(process.cwd(), fileURLToPath(file))}`);
} finally {
  // The benchmark's rows go: a million parties would otherwise sit in the database for nobody.
  await owner
    .query('truncate meter_installation, meter, agreement, service_point, premise, account, party, search_word cascade')
    .catch(() => undefined);
  await owner.query('delete from tenant_sequence where tenant_id = $1', [tenantId]).catch(() => undefined);
  await owner.query('delete from tenant where id = $1', [tenantId]).catch(() => undefined);
  await owner.end();
  await connection.close();
}

function percentiles(values: readonly number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

function roundAll<T extends Record<string, number>>(figures: T): T {
  return Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, roundTo(value, 2)])) as T;
}

function roundTo(value: number, places: number): number {
  return Math.round(value * 10 ** places) / 10 ** places;
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
