import { type RawBuilder, sql } from 'kysely';
import { containsPattern } from '../../http/page-cursor.ts';
import { holderAt, type SearchHitRow, startsWithPattern } from './search-hit-row.ts';
import { searchScores } from './search-scores.ts';

/** Trigrams need three characters: a shorter text would match thousands of serials. */
const shortestPartialSerial = 3;

/**
 * Meters by serial (the installation is read newest first by the B-tree, as in holderAt): as typed or in capitals is exact (the unique B-tree), otherwise part of it
 * (trigram GIN of migration 0008), the start first. Each names where it hangs now and the party
 * holding the running agreement there.
 */
export function meterHits(
  query: string,
  limit: number,
  branches: ReadonlySet<string> | null,
): RawBuilder<SearchHitRow> {
  const lowered = query.toLowerCase();
  const select = (score: RawBuilder<unknown>, match: RawBuilder<unknown>) => sql<SearchHitRow>`
    select 'meter' as kind, m.id, holder.party_id as party, m.serial as label,
      concat_ws(' · ', concat_ws(', ', pr.address_line1, pr.address_line2, pr.city), holder.display_name) as detail,
      m.score
    from (
      select m.tenant_id, m.id, m.serial, ${score}::float8 as score
      from meter m
      where ${match}
      order by score desc, m.serial
      limit ${limit}) as m
    left join lateral (
      select mi.service_point_id
      from meter_installation mi
      where mi.meter_id = m.id and mi.removed_on is null
      order by mi.installed_on desc
      limit 1) as mi on true
    left join service_point sp on sp.id = mi.service_point_id
    left join premise pr on pr.id = sp.premise_id
    left join lateral (${holderAt(sql`sp.id`, branches)}) as holder on true`;
  const exact = select(sql`${searchScores.exactIdentifier}`, sql`m.serial in (${query}, ${query.toUpperCase()})`);
  if (query.length < shortestPartialSerial) return exact;
  const partial = select(
    sql`case when lower(m.serial) like ${startsWithPattern(lowered)} then ${searchScores.meterSerialStart}
             else ${searchScores.meterSerialInside} end`,
    sql`lower(m.serial) like ${containsPattern(lowered)}`,
  );
  return sql<SearchHitRow>`
    with exact as (${exact})
    select * from exact
    union all
    (select * from (${partial}) as partial where not exists (select from exact))`;
}
