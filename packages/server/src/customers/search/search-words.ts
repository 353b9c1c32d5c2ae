// The JavaScript twin of the database's search_text and search_tokens (migration
// 2026-11-25-0010-search-coverage): the query is cut into the same words and tokens as the stored
// text, so its tokens can be looked up in the GIN indexes of names and addresses.

/** How a query's words must sit in the stored text: each a whole word, each a word's beginning, or anywhere. */
export type WordMatch = 'word' | 'prefix' | 'substring';

/** search_tokens indexes a word's beginnings up to this many characters. */
const longestIndexedPrefix = 4;

/** Lower case, every run of spaces, punctuation and symbols one word break (SQL: [[:space:][:punct:]]+). */
export function searchWordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== '');
}

/**
 * What the stored text must hold for these words to match: the index tokens it must contain all of,
 * and LIKE patterns over search_text that confirm it (a beginning longer than the indexed one, a
 * substring whose pairs all occur but apart). 'word': every word whole; 'prefix': every word
 * begins one, so any may be unfinished ("Ивано Пет", "和平街123号" in "和平街123号11栋");
 * 'substring': every word anywhere, even inside a word. No tokens: the index cannot
 * narrow the search down (single characters inside words), so the tier is not worth running.
 */
export function searchPatternsOf(words: readonly string[], match: WordMatch): { tokens: string[]; patterns: string[] } {
  const tokens = new Set<string>();
  const patterns: string[] = [];
  for (const word of words) {
    const characters = [...word];
    if (match === 'substring') {
      for (let index = 0; index < characters.length - 1; index++)
        tokens.add(`${characters[index]}${characters[index + 1]}`);
      patterns.push(`%${word}%`);
    } else if (match === 'prefix') {
      tokens.add(` ${characters.slice(0, longestIndexedPrefix).join('')}`);
      patterns.push(`% ${word}%`);
    } else {
      tokens.add(` ${word} `);
      patterns.push(`% ${word} %`);
    }
  }
  return { tokens: [...tokens].sort(), patterns };
}
