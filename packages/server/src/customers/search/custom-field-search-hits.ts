import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { findCustomFieldHits } from '../custom-fields/find-custom-field-hits.ts';
import { accountInBranches, holderAtPremise, type SearchHitRow } from './search-hit-row.ts';
import { searchScores } from './search-scores.ts';

/**
 * Searchable custom field values (the custom fields context finds them), each led to its party:
 * the party itself, an account's holder, or the holder of a premise's running agreement.
 */
export async function customFieldSearchHits(
  trx: Transaction<Database>,
  text: string,
  limit: number,
  branches: ReadonlySet<string> | null,
): Promise<SearchHitRow[]> {
  const hits = await findCustomFieldHits(trx, { text, limit, branches });
  if (hits.length === 0) return [];
  const { rows } = await sql<{ entityId: string; party: string | null; holder: string | null }>`
    select e.entity_id as "entityId", owner.party_id as party, owner.display_name as holder
    from unnest(array[${sql.join(hits.map((hit) => hit.entityId))}]::uuid[],
                array[${sql.join(hits.map((hit) => hit.entity))}]::text[]) as e(entity_id, entity)
    left join lateral (
      select p.id as party_id, p.display_name from party p where e.entity = 'party' and p.id = e.entity_id
      union all
      select a.party_id, p.display_name
      from account a join party p on p.tenant_id = a.tenant_id and p.id = a.party_id
      where e.entity = 'account' and a.id = e.entity_id and ${accountInBranches('a', branches)}
      union all
      select holder.party_id, holder.display_name
      from (${holderAtPremise(sql`e.entity_id`, branches)}) as holder
      where e.entity = 'premise'
      limit 1) as owner on true`.execute(trx);
  const owners = new Map(rows.map((row) => [row.entityId, row]));
  return hits.map((hit) => ({
    kind: 'customField',
    id: hit.entityId,
    party: owners.get(hit.entityId)?.party ?? null,
    label: hit.value,
    detail: [hit.fieldLabel, owners.get(hit.entityId)?.holder].filter(Boolean).join(' · '),
    score: searchScores.customFieldCeiling * hit.score,
  }));
}
