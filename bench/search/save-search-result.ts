import { mkdir, writeFile } from 'node:fs/promises';

/** Writes the run to results/search-<date>.json; a later run the same day replaces it. */
export async function saveSearchResult(result: Record<string, unknown>, { date }: { date: string }): Promise<URL> {
  const directory = new URL('../results/', import.meta.url);
  const file = new URL(`search-${date}.json`, directory);
  await mkdir(directory, { recursive: true });
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
