import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../../testing/test-app.ts';
import { searchPatternsOf, searchWordsOf } from './search-words.ts';

// The query side of search (JavaScript) must cut text exactly as the database's search_text and
// search_tokens do, or an indexed name would never be found.
describe('search words and tokens', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp();
    await createTestTenant(testApp.app);
  });
  afterAll(() => testApp.close());

  const storedTokens = async (text: string) =>
    (await sql<{ tokens: string[] }>`select search_tokens(${text}) as tokens`.execute(testApp.database.db)).rows[0]
      ?.tokens ?? [];
  const storedText = async (text: string) =>
    (await sql<{ text: string }>`select search_text(${text}) as text`.execute(testApp.database.db)).rows[0]?.text;

  it('cuts words at spaces and punctuation, in lower case, in any script', () => {
    expect(searchWordsOf("  O'Brien-SMITH, «Вода»  王小明 ")).toEqual(['o', 'brien', 'smith', 'вода', '王小明']);
  });

  it('asks for whole words, a started last word, or pairs of characters', () => {
    expect(searchPatternsOf(['сидоров', 'ив'], 'word').tokens).toEqual([' ив ', ' сидоров ']);
    expect(searchPatternsOf(['сидоров', 'ив'], 'prefix')).toEqual({
      tokens: [' ив', ' сидо'],
      patterns: ['% сидоров%', '% ив%'],
    });
    expect(searchPatternsOf(['schmidt'], 'prefix').tokens).toEqual([' schm']);
    expect(searchPatternsOf(['小明'], 'substring')).toEqual({ tokens: ['小明'], patterns: ['%小明%'] });
    expect(searchPatternsOf(['x'], 'substring').tokens).toEqual([]);
  });

  it('finds every stored text by its own words, whole, begun or inside, as the database cuts it', async () => {
    const letters = fc.constantFrom(..."abcxyzабвгдёж王小明é0123 -,.'«»".split(''));
    await fc.assert(
      fc.asyncProperty(fc.array(letters, { minLength: 1, maxLength: 24 }), async (characters) => {
        const text = characters.join('');
        const words = searchWordsOf(text);
        expect(await storedText(text)).toBe(` ${words.join(' ')} `);
        if (words.length === 0) return;
        const stored = new Set(await storedTokens(text));
        for (const match of ['word', 'prefix', 'substring'] as const) {
          const { tokens, patterns } = searchPatternsOf(words, match);
          expect(tokens.filter((token) => !stored.has(token))).toEqual([]);
          const storedTextOf = ` ${words.join(' ')} `;
          for (const pattern of patterns) {
            const matches = await sql<{
              isMatch: boolean;
            }>`select ${storedTextOf} like ${pattern} as "isMatch"`.execute(testApp.database.db);
            expect(matches.rows[0]?.isMatch).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
