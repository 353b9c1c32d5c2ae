import { unreachable } from '@utilis/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { CustomFieldDefinitionRow } from './custom-field.tables.ts';

type SearchedField = Pick<
  CustomFieldDefinitionRow,
  'tenantId' | 'id' | 'type' | 'choices' | 'isSearchable' | 'isRetired'
>;

/**
 * Recomputes the search text of every value of a field after its definition changed (searchable,
 * retired, choice labels), in one statement: a field may have a value on every party. Mirrors
 * searchTextOf in @utilis/domain, which computes it for values as they are written.
 */
export async function refreshSearchText(trx: Kysely<Database>, field: SearchedField): Promise<void> {
  await trx
    .updateTable('customFieldValue')
    .set({ searchText: !field.isSearchable || field.isRetired ? sql<string | null>`null` : shownText(field) })
    .where('tenantId', '=', field.tenantId)
    .where('fieldId', '=', field.id)
    .execute();
}

/** The text people see for a stored value: a choice's label, a number or date as typed. */
function shownText(field: SearchedField): RawBuilder<string | null> {
  switch (field.type) {
    case 'choice':
      return sql<string | null>`coalesce(
        (select choice->>'label' from jsonb_array_elements(${JSON.stringify(field.choices ?? [])}::jsonb) as choice
         where choice->>'code' = value_text limit 1),
        value_text)`;
    case 'number':
      return sql<string | null>`value_number::text`;
    case 'date':
      return sql<string | null>`to_char(value_date, 'YYYY-MM-DD')`;
    case 'text':
      return sql<string | null>`value_text`;
    default:
      return unreachable(field.type);
  }
}
