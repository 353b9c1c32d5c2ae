import type { CustomFieldEntity } from '@utilis/contracts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/index.ts';

/** A searchable custom field value matching a search text. */
export interface CustomFieldHit {
  entity: CustomFieldEntity;
  entityId: string;
  fieldKey: string;
  fieldLabel: string;
  /** The value as people see it (a choice's label), which matched. */
  value: string;
  /** 1 for the whole value, 0.9 a prefix, 0.8 elsewhere in it, below 0.7 a fuzzy word match. */
  score: number;
}

/** Trigrams need three characters; shorter text is matched as a substring only. */
const shortestTrigramText = 3;
/** Fuzzy matches rank below every substring match: their best score is this. */
const fuzzyScoreCeiling = 0.7;

/**
 * Values of searchable, live custom fields matching text, best first, in the tenant the
 * transaction is bound to (withTenant). Compares lower(search_text), the expression of the
 * trigram index of migration 0009: by substring, and by word similarity (pg_trgm's <% and its
 * word_similarity_threshold) for misspellings. An account outside `branches` (null or omitted:
 * every branch) is left out, as the search box leaves such accounts out.
 */
export async function findCustomFieldHits(
  trx: Kysely<Database>,
  { text, limit, branches = null }: { text: string; limit: number; branches?: ReadonlySet<string> | null },
): Promise<CustomFieldHit[]> {
  const lowered = text.trim().toLowerCase();
  if (lowered === '') return [];
  const escaped = lowered.replace(/[\\%_]/g, '\\$&');
  const isFuzzy = [...lowered].length >= shortestTrigramText;
  const inBranches =
    branches === null
      ? sql`true`
      : sql`(v.entity <> 'account' or exists (
          select from account a where a.tenant_id = v.tenant_id and a.id = v.entity_id
            and ${branches.size ? sql`a.branch_code in (${sql.join([...branches])})` : sql`false`}))`;
  const { rows } = await sql<CustomFieldHit>`
    select v.entity, v.entity_id as "entityId", d.key as "fieldKey", d.label as "fieldLabel", v.search_text as value,
      (case when lower(v.search_text) = ${lowered} then 1.0
            when lower(v.search_text) like ${`${escaped}%`} then 0.9
            when lower(v.search_text) like ${`%${escaped}%`} then 0.8
            else ${fuzzyScoreCeiling} * word_similarity(${lowered}, lower(v.search_text)) end)::float8 as score
    from custom_field_value v
    join custom_field_definition d on d.tenant_id = v.tenant_id and d.id = v.field_id
    where (lower(v.search_text) like ${`%${escaped}%`}
           ${isFuzzy ? sql`or ${lowered} <% lower(v.search_text)` : sql``})
      and ${inBranches}
    order by score desc, v.search_text, v.entity_id
    limit ${limit}`.execute(trx);
  return rows.map((row) => ({ ...row, score: Math.round(row.score * 1000) / 1000 }));
}
