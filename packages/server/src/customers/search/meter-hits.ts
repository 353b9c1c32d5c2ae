import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { findMetersBySerial, type MeterBySerial } from '../../metering/index.ts';
import { holderAt, type SearchHitRow } from './search-hit-row.ts';
import { searchScores } from './search-scores.ts';

const scoreOf: Record<MeterBySerial['match'], number> = {
  exact: searchScores.exactIdentifier,
  start: searchScores.meterSerialStart,
  inside: searchScores.meterSerialInside,
};

/**
 * Meters by serial (the metering context finds them), each naming the premise where it hangs now
 * and the party holding the running agreement there, through an account the caller may see.
 */
export async function meterHits(
  trx: Transaction<Database>,
  query: string,
  limit: number,
  branches: ReadonlySet<string> | null,
): Promise<SearchHitRow[]> {
  const meters = await findMetersBySerial(trx, { text: query, limit });
  const servicePointIds = [...new Set(meters.flatMap((meter) => meter.servicePointId ?? []))];
  const places = new Map<string, { address: string; party: string | null; holder: string | null }>();
  if (servicePointIds.length > 0) {
    const { rows } = await sql<{
      servicePointId: string;
      address: string;
      party: string | null;
      holder: string | null;
    }>`
      select sp.id as "servicePointId", concat_ws(', ', pr.address_line1, pr.address_line2, pr.city) as address,
        holder.party_id as party, holder.display_name as holder
      from service_point sp
      join premise pr on pr.tenant_id = sp.tenant_id and pr.id = sp.premise_id
      left join lateral (${holderAt(sql`sp.id`, branches)}) as holder on true
      where sp.id in (${sql.join(servicePointIds)})`.execute(trx);
    for (const row of rows) places.set(row.servicePointId, row);
  }
  return meters.map((meter) => {
    const place = meter.servicePointId === null ? undefined : places.get(meter.servicePointId);
    return {
      kind: 'meter',
      id: meter.meterId,
      party: place?.party ?? null,
      label: meter.serial,
      detail: [place?.address ?? '', place?.holder].filter((part) => part != null && part !== '').join(' · '),
      score: scoreOf[meter.match],
    };
  });
}
