import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { findByWordTiers } from './find-by-word-tiers.ts';
import { holderAtPremise, type SearchHitRow } from './search-hit-row.ts';
import { searchScores } from './search-scores.ts';

/**
 * Premises by address (street and house, city or postal code, in any order), whole words first,
 * then words that only begin one (a Chinese address is one long word: 和平街123号11栋63室), each
 * with the party holding a running agreement there; a vacant premise is a hit all the same.
 */
export async function premiseHits(
  trx: Transaction<Database>,
  words: readonly string[],
  limit: number,
  branches: ReadonlySet<string> | null,
): Promise<SearchHitRow[]> {
  return findByWordTiers({
    words,
    limit,
    // Within a word of an address is a house number inside another ("12" in "112"): no hit.
    tiers: ['word', 'prefix'],
    run: async (query) => (await query.execute(trx)).rows,
    query: ({ match, tokens, patterns }): RawBuilder<SearchHitRow> => sql<SearchHitRow>`
      select 'premise' as kind, pr.id, holder.party_id as party,
        concat_ws(', ', pr.address_line1, pr.address_line2) as label,
        concat_ws(' · ', concat_ws(' ', pr.postal_code, pr.city), holder.display_name) as detail,
        ${searchScores.address[match]}::float8 as score
      from (
        select pr.tenant_id, pr.id, pr.address_line1, pr.address_line2, pr.postal_code, pr.city
        from premise pr
        where search_tokens(pr.address_line1, pr.address_line2, pr.city, pr.postal_code) @> array[${sql.join(tokens)}]::text[]
          and search_text(pr.address_line1, pr.address_line2, pr.city, pr.postal_code) like all (array[${sql.join(patterns)}]::text[])
        limit ${limit}) as pr
      left join lateral (${holderAtPremise(sql`pr.id`, branches)}) as holder on true`,
  });
}
