import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { allWordMatches, findByWordTiers } from './find-by-word-tiers.ts';
import type { SearchHitRow } from './search-hit-row.ts';
import { searchScores } from './search-scores.ts';
import { searchPatternsOf } from './search-words.ts';

/** Below this trigram similarity a dictionary word is no correction of the typed one ("wof" → "wolf" is 0.29). */
export const correctionSimilarityThreshold = 0.25;
/** The dictionary holds words of three characters or more (migration 2026-11-25-0010). */
const shortestDictionaryWord = 3;

/**
 * Parties by name in any script: whole words in any order (a surname alone, "Сидоров Иван"), then
 * beginnings of words (a family name's beginning, "Schm"), then anywhere (小明 inside 王小明). When
 * that finds fewer than `limit`, each word missing from the tenant's dictionary of name words is
 * replaced by its closest dictionary word ("Smth" → "smith") and the names are searched again.
 */
export async function nameHits(
  trx: Transaction<Database>,
  words: readonly string[],
  limit: number,
): Promise<SearchHitRow[]> {
  const run = async (query: RawBuilder<SearchHitRow>) => (await query.execute(trx)).rows;
  const found = await findByWordTiers({
    words,
    limit,
    // Inside words is for scripts written without spaces (小明 in 王小明) or a single fragment;
    // several words that are neither whole nor begun are misspelt, which the dictionary handles.
    tiers: words.length === 1 ? allWordMatches : ['word', 'prefix'],
    run,
    query: (tier) => namesMatching(words, tier, limit, searchScores.name[tier.match]),
  });
  if (found.length >= limit) return found;
  const corrected = await correctedWords(trx, words);
  if (corrected === null) return found;
  const seen = new Set(found.map((row) => row.id));
  const again = namesMatching(corrected, searchPatternsOf(corrected, 'prefix'), limit, searchScores.name.corrected);
  return [...found, ...(await run(again)).filter((row) => !seen.has(row.id))];
}

function namesMatching(
  words: readonly string[],
  { tokens, patterns }: { tokens: string[]; patterns: string[] },
  limit: number,
  tierScore: number,
): RawBuilder<SearchHitRow> {
  const typed = ` ${words.join(' ')}`;
  return sql<SearchHitRow>`
    select 'party' as kind, p.id, p.id as party, p.display_name as label, coalesce(p.email, p.phone) as detail,
      (case when search_text(p.display_name) = ${`${typed} `} then ${Math.max(tierScore, searchScores.name.whole)}
            when search_text(p.display_name) like ${`${typed}%`} then ${Math.max(tierScore, searchScores.name.startsName)}
            else ${tierScore} end)::float8 as score
    from party p
    where search_tokens(p.display_name) @> array[${sql.join(tokens)}]::text[]
      and search_text(p.display_name) like all (array[${sql.join(patterns)}]::text[])
    limit ${limit}`;
}

/** The query with each misspelt word replaced by its closest dictionary word; null when none is misspelt or none can be corrected. */
async function correctedWords(trx: Transaction<Database>, words: readonly string[]): Promise<string[] | null> {
  const candidates = words.filter((word) => [...word].length >= shortestDictionaryWord);
  if (candidates.length === 0) return null;
  // pg_trgm's % compares with pg_trgm.similarity_threshold, which findSearchHits sets.
  const { rows } = await sql<{ typed: string; correction: string | null }>`
    select typed, (
      select d.word from search_word d where d.word % typed
      order by similarity(d.word, typed) desc, d.word
      limit 1) as correction
    from unnest(array[${sql.join(candidates)}]::text[]) as typed
    where not exists (select from search_word d where d.word = typed)`.execute(trx);
  const corrections = new Map(rows.flatMap((row) => (row.correction === null ? [] : [[row.typed, row.correction]])));
  if (corrections.size === 0) return null;
  return words.map((word) => corrections.get(word) ?? word);
}
