import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { containsPattern } from '../http/page-cursor.ts';

const startsWithPattern = (text: string): string => `${text.replace(/[\\%_]/g, '\\$&')}%`;

/** Trigrams need three characters: a shorter text would match thousands of serials. */
const shortestPartialSerial = 3;

/** A meter whose serial matches a search text, and where it hangs now (null: nowhere). */
export interface MeterBySerial {
  meterId: string;
  serial: string;
  servicePointId: string | null;
  /** The serial as typed or in capitals; else starting with the text; else holding it. */
  match: 'exact' | 'start' | 'inside';
}

/**
 * Meters of the tenant the transaction is bound to, by serial, best first: as typed or in capitals
 * (the unique B-tree), otherwise part of it (the trigram GIN of migration 0008), the start first.
 * The current installation is read newest first by the B-tree (meter, installed_on).
 */
export async function findMetersBySerial(
  trx: Transaction<Database>,
  { text, limit }: { text: string; limit: number },
): Promise<MeterBySerial[]> {
  const lowered = text.toLowerCase();
  const exact = sql`
    select m.id, m.serial, 'exact' as match
    from meter m
    where m.serial in (${text}, ${text.toUpperCase()})
    order by m.serial
    limit ${limit}`;
  const matching =
    text.length < shortestPartialSerial
      ? exact
      : sql`
        with exact as (${exact})
        select * from exact
        union all
        (select m.id, m.serial,
           case when lower(m.serial) like ${startsWithPattern(lowered)} then 'start' else 'inside' end as match
         from meter m
         where lower(m.serial) like ${containsPattern(lowered)} and not exists (select from exact)
         order by lower(m.serial) like ${startsWithPattern(lowered)} desc, m.serial
         limit ${limit})`;
  const { rows } = await sql<MeterBySerial>`
    select m.id as "meterId", m.serial, mi.service_point_id as "servicePointId", m.match
    from (${matching}) as m
    left join lateral (
      select mi.service_point_id
      from meter_installation mi
      where mi.meter_id = m.id and mi.removed_on is null
      order by mi.installed_on desc
      limit 1) as mi on true`.execute(trx);
  return rows;
}
