import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { CamelCasePlugin, CompiledQuery, Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';
import { applicationRole } from './role.ts';
import { typeParsers } from './type-parsers.ts';

export type DatabaseLocation =
  | { backend: 'postgres'; url: string }
  | { backend: 'pglite'; dataDir: string | undefined /* undefined keeps it in memory */ };

export interface DatabaseConnection {
  backend: DatabaseLocation['backend'];
  /** Queries as the application role, subject to row-level security. */
  db: Kysely<Database>;
  /** Applies pending migrations as the connecting user; returns the names applied. */
  migrateToLatest(): Promise<string[]>;
  /**
   * Runs work as the connecting user (the one that migrates) instead of the application role:
   * for operator tools that must not depend on the application's rights (audit verification),
   * and for tests that tamper with rows the application may not change. Row-level security still
   * binds that user unless it is a superuser. On PGlite the one session is the owner's until work ends.
   */
  asOwner<T>(work: (owner: Kysely<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const ownerSessionSetup = [`set time zone 'UTC'`];
const sessionSetup = [...ownerSessionSetup, `set role ${applicationRole}`];

const plugins = [new CamelCasePlugin()];

export interface OpenOptions {
  /**
   * PGlite only: a data folder dumped by `dumpMigratedPglite()` that a new database starts from
   * instead of an empty one (tests load one migrated template instead of migrating per file).
   */
  pgliteTemplate?: Uint8Array;
}

export async function openDatabase(location: DatabaseLocation, options: OpenOptions = {}): Promise<DatabaseConnection> {
  return location.backend === 'postgres'
    ? openPostgres(location.url)
    : (await startPglite(location.dataDir, options.pgliteTemplate)).connection;
}

/**
 * A fresh in-memory PGlite migrated to the latest version, its data folder dumped as a gzipped
 * tarball: roles, extensions and schema included, ready for `openDatabase(…, { pgliteTemplate })`.
 */
export async function dumpMigratedPglite(): Promise<Uint8Array> {
  const { pglite, connection } = await startPglite(undefined, undefined);
  try {
    await connection.migrateToLatest();
    // Flushed, so a loaded copy starts without replaying the migrations' write-ahead log.
    await pglite.exec('reset role; checkpoint');
    return new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
  } finally {
    await connection.close();
  }
}

async function openPostgres(url: string): Promise<DatabaseConnection> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      typeParsers[oid] ?? pg.types.getTypeParser(oid, format ?? 'text'),
  } as pg.CustomTypesConfig;
  const newPool = (max = 10) => new pg.Pool({ connectionString: url, types, max });
  const connectedAs = (statements: string[], pool: pg.Pool) =>
    new Kysely<Database>({
      dialect: new PostgresDialect({
        pool,
        onCreateConnection: async (connection) => {
          for (const statement of statements) await connection.executeQuery(CompiledQuery.raw(statement));
        },
      }),
      plugins,
    });
  const db = connectedAs(sessionSetup, newPool());
  return {
    backend: 'postgres',
    db,
    migrateToLatest: async () => {
      const owner = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: newPool() }) });
      try {
        return await runMigrations(owner);
      } finally {
        await owner.destroy();
      }
    },
    asOwner: async (work) => {
      const owner = connectedAs(ownerSessionSetup, newPool(1));
      try {
        return await work(owner);
      } finally {
        await owner.destroy();
      }
    },
    close: () => db.destroy(),
  };
}

async function startPglite(
  dataDir: string | undefined,
  template: Uint8Array | undefined,
): Promise<{ pglite: PGlite; connection: DatabaseConnection }> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ?? 'memory://', {
    parsers: typeParsers,
    // Search's trigram indexes (migration 0006): PGlite loads contrib extensions only when asked,
    // also when the catalog already has them (a loaded template).
    extensions: { pg_trgm },
    ...(template ? { loadDataDir: new Blob([template]) } : {}),
  });
  // PGlite is one session: the owner migrates, then the session switches to the application role.
  const owner = new Kysely<unknown>({ dialect: new PGliteDialect({ pglite }) });
  const becomeApplication = async () => {
    for (const statement of sessionSetup) await pglite.exec(statement);
  };
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), plugins });
  const connection: DatabaseConnection = {
    backend: 'pglite',
    db,
    migrateToLatest: async () => {
      await pglite.exec('reset role');
      try {
        return await runMigrations(owner);
      } finally {
        await becomeApplication();
      }
    },
    asOwner: async (work) => {
      await pglite.exec('reset role');
      try {
        return await work(db);
      } finally {
        await becomeApplication();
      }
    },
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
  return { pglite, connection };
}

async function runMigrations(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error;
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
