import { type RawBuilder, sql } from 'kysely';
import { containsPattern } from '../../http/page-cursor.ts';
import { accountInBranches, endsWithPattern, type SearchHitRow, startsWithPattern } from './search-hit-row.ts';
import { searchScores } from './search-scores.ts';

/** Trigrams need three characters: a shorter text would match thousands of numbers by substring. */
const shortestPartialNumber = 3;

/**
 * The number as typed or in capitals is exact (the unique B-tree finds it); without one, a number
 * starting or ending with the text (its last digits, as read out on the phone) ranks above one
 * holding it elsewhere (trigram GIN).
 */
export function accountNumberHits(
  query: string,
  limit: number,
  branches: ReadonlySet<string> | null,
): RawBuilder<SearchHitRow> {
  const lowered = query.toLowerCase();
  const select = (score: RawBuilder<unknown>, match: RawBuilder<unknown>) => sql<SearchHitRow>`
    select 'account' as kind, a.id, a.party_id as party, a.account_number as label, p.display_name as detail,
      ${score}::float8 as score
    from account a
    join party p on p.tenant_id = a.tenant_id and p.id = a.party_id
    where ${match} and ${accountInBranches('a', branches)}
    order by score desc, a.account_number
    limit ${limit}`;
  const exact = select(
    sql`${searchScores.exactIdentifier}`,
    sql`a.account_number in (${query}, ${query.toUpperCase()})`,
  );
  if (query.length < shortestPartialNumber) return exact;
  const partial = select(
    sql`case when lower(a.account_number) like ${startsWithPattern(lowered)}
               or lower(a.account_number) like ${endsWithPattern(lowered)} then ${searchScores.accountNumberStartOrEnd}
             else ${searchScores.accountNumberInside} end`,
    sql`lower(a.account_number) like ${containsPattern(lowered)}`,
  );
  return sql<SearchHitRow>`
    with exact as (${exact})
    select * from exact
    union all
    (select * from (${partial}) as partial where not exists (select from exact))`;
}
