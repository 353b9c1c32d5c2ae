// Loads a million parties with their accounts into PostgreSQL with COPY, then times ~1,000 mixed
// searches through the server's own search use case, as the application role, exactly as the API
// runs them. The COPY of the same rows in the same run is the yardstick for the latency figures.
import { availableParallelism, cpus } from 'node:os';
import { relative } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { openDatabase } from '../../packages/server/src/db/index.ts';
import { findSearchHits } from '../../packages/server/src/search/index.ts';
import { type BenchQuery, benchQueries } from './bench-queries.ts';
import { saveSearchResult } from './save-search-result.ts';
import { accountNumberOf, type SyntheticParty, seededRandom, syntheticParty } from './synthetic-parties.ts';

const partyCount = 1_000_000;
const queryCount = 1_000;
const warmUpCount = 50;
const seed = 20_261_123;
const targetP95Milliseconds = 50;
const tenantId = '00000000-0000-7000-8000-00000000be0c';
const trigramIndexes = [
  'party_name_trgm_idx',
  'party_email_trgm_idx',
  'party_phone_digits_trgm_idx',
  'account_number_trgm_idx',
];
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
const partyId = (index: number) => `00000000-0000-7000-8000-${index.toString(16).padStart(12, '0')}`;
const accountId = (index: number) => `00000000-0000-7000-9000-${index.toString(16).padStart(12, '0')}`;

console.log(
  `Search over ${whole.format(partyCount)} parties with accounts in PostgreSQL at ${withoutPassword(databaseUrl)}`,
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

  // The rows, as COPY text, before any clock starts; a seeded sample of them becomes the questions.
  const random = seededRandom(seed);
  const sampleEvery = Math.floor(partyCount / (queryCount + warmUpCount));
  const sample: { index: number; party: SyntheticParty }[] = [];
  const partyLines: string[] = [];
  const accountLines: string[] = [];
  for (let index = 0; index < partyCount; index++) {
    const party = syntheticParty(random, index);
    if (index % sampleEvery === 0) sample.push({ index, party });
    partyLines.push(
      [
        tenantId,
        partyId(index),
        'person',
        party.displayName,
        party.givenName,
        party.middleName ?? '\\N',
        party.familyName,
        party.email ?? '\\N',
        party.phone ?? '\\N',
      ].join('\t'),
    );
    accountLines.push(
      [tenantId, accountId(index), accountNumberOf(index), partyId(index), 'EUR', 'active', '2025-01-01'].join('\t'),
    );
  }
  const partyChunks = toChunks(partyLines);
  const accountChunks = toChunks(accountLines);
  partyLines.length = 0;
  accountLines.length = 0;
  const payloadBytes = [...partyChunks, ...accountChunks].reduce((bytes, chunk) => bytes + chunk.length, 0);

  await owner.query(
    `insert into tenant (id, code, name, country, currency, locale, time_zone) values ($1, 'bench-search', 'Bench Water', 'FR', 'EUR', 'fr-FR', 'Europe/Paris')`,
    [tenantId],
  );
  // The trigram indexes are set aside during the load and rebuilt from their own definitions after it,
  // as an operator would for a bulk import: GIN builds far faster in one pass than row by row.
  const definitions = await owner.query<{ indexdef: string }>(
    'select indexdef from pg_indexes where indexname = any($1) order by indexname',
    [trigramIndexes],
  );
  if (definitions.rows.length !== trigramIndexes.length)
    throw new Error('Migration 0006 has not created the search indexes');
  for (const index of trigramIndexes) await owner.query(`drop index ${index}`);

  const copyStarted = performance.now();
  await pipeline(
    Readable.from(partyChunks),
    owner.query(
      copyStreams.from(
        'copy party (tenant_id, id, kind, display_name, given_name, middle_name, family_name, email, phone) from stdin',
      ),
    ),
  );
  await pipeline(
    Readable.from(accountChunks),
    owner.query(
      copyStreams.from(
        'copy account (tenant_id, id, account_number, party_id, currency, status, opened_on) from stdin',
      ),
    ),
  );
  const copySeconds = (performance.now() - copyStarted) / 1000;
  console.log(
    `  COPY      ${whole.format(partyCount)} parties + ${whole.format(partyCount)} accounts (${whole.format(payloadBytes / 1e6)} MB) ` +
      `in ${twoPlaces.format(copySeconds)} s → ${whole.format((2 * partyCount) / copySeconds)} rows/s`,
  );

  const indexStarted = performance.now();
  await owner.query(`set maintenance_work_mem = '512MB'`);
  for (const { indexdef } of definitions.rows) await owner.query(indexdef);
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  await owner.query('analyze party');
  await owner.query('analyze account');
  console.log(
    `  indexes   4 trigram indexes (names GiST; e-mail, phone digits, account number GIN) rebuilt in ${twoPlaces.format(indexSeconds)} s, then ANALYZE`,
  );

  const queries = benchQueries({
    random: seededRandom(seed + 1),
    sample,
    count: queryCount + warmUpCount,
    partyId,
    accountId,
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
    const hits = await findSearchHits(connection, { tenantId, text: query.text, limit: 20, branches: null });
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
    `  ratio     p95 search / COPY time per party with its account = ${twoPlaces.format(overall.p95)} ms / ` +
      `${copyMillisecondsPerParty.toFixed(5)} ms = ${whole.format(p95OverCopyPerParty)} (a p95 search costs as much as COPYing that many parties with their accounts)`,
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
        accountsPerParty: 1,
        scripts:
          'names: 50% Latin "Given Family", 30% Cyrillic "Family Given Patronymic", 20% Chinese "姓名" (2–3 characters)',
        contacts: '70% with an e-mail, 80% with a phone',
        seed,
        queries: queryCount,
        warmUpQueries: warmUpCount,
        limit: 20,
        how: 'findSearchHits as the application role (utilis_app) in a transaction with utilis.tenant_id set, one query at a time',
      },
      copy: {
        rows: 2 * partyCount,
        rowShape:
          'party (tenant, id, kind, names, e-mail, phone) and account (tenant, id, number, party, currency, status, opened on)',
        payloadBytes,
        seconds: roundTo(copySeconds, 3),
        rowsPerSecond: Math.round((2 * partyCount) / copySeconds),
        note: 'into the real tables with their primary keys, unique account number and foreign key; trigram indexes rebuilt after',
      },
      trigramIndexBuildSeconds: roundTo(indexSeconds, 3),
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
  await owner.query('truncate account, party cascade').catch(() => undefined);
  await owner.query('delete from tenant_sequence where tenant_id = $1', [tenantId]).catch(() => undefined);
  await owner.query('delete from tenant where id = $1', [tenantId]).catch(() => undefined);
  await owner.end();
  await connection.close();
}

function toChunks(lines: readonly string[], linesPerChunk = 10_000): Buffer[] {
  const chunks: Buffer[] = [];
  for (let first = 0; first < lines.length; first += linesPerChunk) {
    chunks.push(Buffer.from(`${lines.slice(first, first + linesPerChunk).join('\n')}\n`));
  }
  return chunks;
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
