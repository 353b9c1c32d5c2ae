import { type RawBuilder, sql } from 'kysely';
import { containsPattern } from '../../http/page-cursor.ts';
import { endsWithPattern, type SearchHitRow } from './search-hit-row.ts';
import { searchScores } from './search-scores.ts';

/** Exact e-mail (any case) by B-tree; without one, part of an address (trigrams). */
export function emailHits(query: string, limit: number): RawBuilder<SearchHitRow> {
  const lowered = query.toLowerCase();
  return sql<SearchHitRow>`
    with exact as (
      select 'party' as kind, p.id, p.id as party, p.display_name as label, p.email as detail,
        ${searchScores.exactIdentifier}::float8 as score
      from party p
      where lower(p.email) = ${lowered}
      limit ${limit})
    select * from exact
    union all
    (select 'party' as kind, p.id, p.id as party, p.display_name as label, p.email as detail,
       ${searchScores.emailInside}::float8 as score
     from party p
     where lower(p.email) like ${containsPattern(lowered)} and not exists (select from exact)
     order by p.display_name
     limit ${limit})`;
}

/** The same digits, then the last digits of the number (what people read out), then any part. */
export function phoneHits(digits: string, limit: number): RawBuilder<SearchHitRow> {
  const phoneDigits = sql`regexp_replace(p.phone, '[^0-9]', '', 'g')`;
  return sql<SearchHitRow>`
    select 'party' as kind, p.id, p.id as party, p.display_name as label, p.phone as detail,
      (case when ${phoneDigits} = ${digits} then ${searchScores.phoneDigitsExact}
            when ${phoneDigits} like ${endsWithPattern(digits)} then ${searchScores.phoneDigitsEnd}
            else ${searchScores.phoneDigitsInside} end)::float8 as score
    from party p
    where ${phoneDigits} like ${containsPattern(digits)}
    order by score desc, p.display_name
    limit ${limit}`;
}
