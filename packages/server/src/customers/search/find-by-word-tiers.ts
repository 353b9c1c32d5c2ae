import type { RawBuilder } from 'kysely';
import { searchPatternsOf, type WordMatch } from './search-words.ts';

/** The tiers in the order they are tried: each finds everything the one before did, and more. */
export const allWordMatches: readonly WordMatch[] = ['word', 'prefix', 'substring'];

/**
 * Runs one query per tier, strictest first, until `limit` distinct rows are found: a name shared
 * by thousands is answered by whole words alone, and only rare or partial text reaches the looser
 * tiers. Each query takes any `limit` matching rows, unsorted, so it stops at the limit instead of
 * ranking every "Ivanov"; the rows carry their tier's score.
 */
export async function findByWordTiers<Row extends { id: string }>({
  words,
  limit,
  tiers = allWordMatches,
  query,
  run,
}: {
  words: readonly string[];
  limit: number;
  tiers?: readonly WordMatch[];
  query: (tier: { match: WordMatch; tokens: string[]; patterns: string[] }) => RawBuilder<Row>;
  run: (query: RawBuilder<Row>) => Promise<Row[]>;
}): Promise<Row[]> {
  const found = new Map<string, Row>();
  for (const match of tiers) {
    const { tokens, patterns } = searchPatternsOf(words, match);
    if (tokens.length === 0) continue;
    for (const row of await run(query({ match, tokens, patterns }))) {
      if (!found.has(row.id)) found.set(row.id, row);
    }
    if (found.size >= limit) break;
  }
  return [...found.values()];
}
