import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { CustomFieldDefinitionRow } from './custom-field.tables.ts';

/**
 * Recomputes the search text of every value of a field after its definition changed (searchable,
 * retired, choice labels), in one statement: a field may have a value on every party. Mirrors
 * searchTextOf in @utilis/domain, which computes it for values as they are written.
 */
export async function refreshSearchText(
  trx: Kysely<Database>,
  field: Pick<CustomFieldDefinitionRow, 'tenantId' | 'id' | 'type' | 'choices' | 'isSearchable' | 'isRetired'>,
): Promise<void> {
  const shown =
    !field.isSearchable || field.isRetired
      ? sql<string | null>`null`
      : field.type === 'choice'
        ? sql<string | null>`coalesce(
            (select choice->>'label' from jsonb_array_elements(${JSON.stringify(field.choices ?? [])}::jsonb) as choice
             where choice->>'code' = value_text limit 1),
            value_text)`
        : field.type === 'number'
          ? sql<string | null>`value_number::text`
          : field.type === 'date'
            ? sql<string | null>`to_char(value_date, 'YYYY-MM-DD')`
            : sql<string | null>`value_text`;
  await trx
    .updateTable('customFieldValue')
    .set({ searchText: shown })
    .where('tenantId', '=', field.tenantId)
    .where('fieldId', '=', field.id)
    .execute();
}
