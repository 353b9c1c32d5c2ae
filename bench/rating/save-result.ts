import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { CopyTarget } from './time-copy.ts';

/** One run's figures, with bigints already written as decimal strings. */
export interface RunResult {
  readonly copy: { readonly target: CopyTarget; readonly [field: string]: unknown };
  readonly [field: string]: unknown;
}

interface ResultFile {
  readonly benchmark: 'rating';
  readonly date: string;
  readonly runs: readonly RunResult[];
}

/**
 * Writes the run to results/rating-<date>.json, keeping that day's run against the other
 * database: one file holds the PGlite and the PostgreSQL figures side by side.
 */
export async function saveResult(result: RunResult, { date }: { date: string }): Promise<URL> {
  const directory = new URL('../results/', import.meta.url);
  const file = new URL(`rating-${date}.json`, directory);
  await mkdir(directory, { recursive: true });
  const earlier = await readFile(file, 'utf8').then(
    (text) => (JSON.parse(text) as ResultFile).runs,
    () => [],
  );
  const runs = [...earlier.filter((run) => run.copy.target !== result.copy.target), result].sort((a, b) =>
    a.copy.target.localeCompare(b.copy.target),
  );
  const content: ResultFile = { benchmark: 'rating', date, runs };
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}
