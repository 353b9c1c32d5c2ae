import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dumpMigratedPglite } from '../open-database.ts';

/** Shared by every checkout and every run on this machine; one file per template version. */
const cacheFolder = join(tmpdir(), 'utilis-test-templates');
const filePrefix = 'pglite-';
const unusedTemplateAgeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * The migrated PGlite data folder the test databases start from, made on first use: a gzipped
 * tarball named by a hash of everything that shapes it (the migrations, the code that opens
 * PGlite, the PGlite version), so a changed migration gets a new template and a stale one is
 * never loaded. Written to a private name and renamed into place, so runs in parallel either
 * find a whole file or make their own.
 */
export async function pgliteTemplateFile(): Promise<string> {
  const file = join(cacheFolder, `${filePrefix}${await templateVersion()}.tgz`);
  await mkdir(cacheFolder, { recursive: true });
  const existing = await stat(file).catch(() => undefined);
  if (existing) {
    const now = new Date();
    await utimes(file, now, now); // in use: not pruned by another run
  } else {
    const unfinished = `${file}.${process.pid}.${Date.now()}.partial`;
    await writeFile(unfinished, await dumpMigratedPglite());
    await rename(unfinished, file);
  }
  await pruneUnusedTemplates(file);
  return file;
}

async function templateVersion(): Promise<string> {
  const hash = createHash('sha256');
  const migrationsFolder = fileURLToPath(new URL('../migrations/', import.meta.url));
  for (const name of (await readdir(migrationsFolder)).sort()) {
    hash
      .update(`${name}\0`)
      .update(await readFile(join(migrationsFolder, name)))
      .update('\0');
  }
  hash.update(await readFile(fileURLToPath(new URL('../open-database.ts', import.meta.url))));
  // The data folder's format belongs to the PGlite build; resolved, never imported, here.
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  hash.update(await readFile(join(dirname(pgliteEntry), '..', 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

/** Removes templates (and abandoned partial files) nobody has used for a week. */
async function pruneUnusedTemplates(current: string): Promise<void> {
  const cutoff = Date.now() - unusedTemplateAgeMs;
  for (const name of await readdir(cacheFolder)) {
    const file = join(cacheFolder, name);
    if (file === current || !name.startsWith(filePrefix)) continue;
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Number.POSITIVE_INFINITY }));
    if (mtimeMs < cutoff) await rm(file, { force: true });
  }
}
