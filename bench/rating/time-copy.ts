import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { exact } from '@utilis/domain';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';

export type CopyTarget = 'postgres' | 'pglite';

export interface CopyTiming {
  readonly target: CopyTarget;
  readonly serverVersion: string;
  readonly rows: number;
  readonly payloadBytes: number;
  readonly seconds: number;
  /** Read back after the timing, to prove every row arrived. */
  readonly tableRows: number;
  readonly tableSumMinor: bigint;
}

const table = 'bench_rated_totals';
// A plain logged table without indexes: the write path bill lines would take, and nothing more.
const createTable = `create table ${table} (
  account_id bigint not null,
  component text not null,
  quantity numeric(12, 3) not null,
  amount_minor bigint not null
)`;
const rowsPerChunk = 10_000;

/**
 * Times a raw COPY … FROM STDIN of one row per rated account-period (account id, "total", its
 * consumption and its total) into a fresh table: PostgreSQL at `databaseUrl`, else PGlite in
 * memory. Formatting the rows as COPY text happens before the clock starts.
 */
export async function timeCopy({
  databaseUrl,
  consumptionLitres,
  totalsMinor,
}: {
  databaseUrl: string | undefined;
  consumptionLitres: Int32Array;
  totalsMinor: BigInt64Array;
}): Promise<CopyTiming> {
  const chunks = copyText({ consumptionLitres, totalsMinor });
  const payloadBytes = chunks.reduce((bytes, chunk) => bytes + chunk.length, 0);
  const rows = consumptionLitres.length;
  return databaseUrl
    ? { ...(await copyIntoPostgres(databaseUrl, chunks)), target: 'postgres', rows, payloadBytes }
    : { ...(await copyIntoPglite(chunks)), target: 'pglite', rows, payloadBytes };
}

type Timed = Pick<CopyTiming, 'serverVersion' | 'seconds' | 'tableRows' | 'tableSumMinor'>;

async function copyIntoPostgres(url: string, chunks: readonly Buffer[]): Promise<Timed> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const version = await client.query<{ server_version: string }>('show server_version');
    await client.query(`drop table if exists ${table}`);
    await client.query(createTable);
    const started = performance.now();
    await pipeline(Readable.from(chunks), client.query(copyStreams.from(`copy ${table} from stdin`)));
    const seconds = (performance.now() - started) / 1000;
    const loaded = await client.query<{ rows: string; sum_minor: string }>(
      `select count(*)::text as rows, coalesce(sum(amount_minor), 0)::text as sum_minor from ${table}`,
    );
    await client.query(`drop table ${table}`);
    return { serverVersion: version.rows[0]?.server_version ?? 'unknown', seconds, ...readBack(loaded.rows[0]) };
  } finally {
    await client.end();
  }
}

async function copyIntoPglite(chunks: readonly Buffer[]): Promise<Timed> {
  const pglite = await PGlite.create('memory://');
  try {
    const version = await pglite.query<{ server_version: string }>('show server_version');
    await pglite.exec(createTable);
    const blob = new Blob([...chunks]);
    const started = performance.now();
    // PGlite has no client stream: COPY reads the blob passed with the query through /dev/blob.
    await pglite.query(`copy ${table} from '/dev/blob'`, [], { blob });
    const seconds = (performance.now() - started) / 1000;
    const loaded = await pglite.query<{ rows: string; sum_minor: string }>(
      `select count(*)::text as rows, coalesce(sum(amount_minor), 0)::text as sum_minor from ${table}`,
    );
    return { serverVersion: version.rows[0]?.server_version ?? 'unknown', seconds, ...readBack(loaded.rows[0]) };
  } finally {
    await pglite.close();
  }
}

const readBack = (row: { rows: string; sum_minor: string } | undefined) => ({
  tableRows: Number(row?.rows ?? 0),
  tableSumMinor: BigInt(row?.sum_minor ?? 0),
});

// COPY's text format: tab-separated columns, one line per row, in chunks of bytes.
function copyText({
  consumptionLitres,
  totalsMinor,
}: {
  consumptionLitres: Int32Array;
  totalsMinor: BigInt64Array;
}): Buffer[] {
  const chunks: Buffer[] = [];
  for (let first = 0; first < consumptionLitres.length; first += rowsPerChunk) {
    const lines: string[] = [];
    const end = Math.min(first + rowsPerChunk, consumptionLitres.length);
    for (let index = first; index < end; index++) {
      const quantity = exact.scaledToText(BigInt(consumptionLitres[index] ?? 0), 3);
      lines.push(`${index + 1}\ttotal\t${quantity}\t${totalsMinor[index] ?? 0n}\n`);
    }
    chunks.push(Buffer.from(lines.join('')));
  }
  return chunks;
}
