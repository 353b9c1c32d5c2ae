import type { CustomFieldDefinition, UpdateCustomFieldDefinition } from '@utilis/contracts';
import { type CustomFieldChangeError, decideCustomFieldChange, fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toCustomFieldDefinition } from './custom-field-dto.ts';
import { refreshSearchText } from './refresh-search-text.ts';

/**
 * Relabels, reorders, retires or retypes a field. Its type is fixed once it has values, and a
 * choice still held by a value stays; search texts follow searchable, retired and label changes.
 */
export async function updateCustomFieldDefinition(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { tenantId, fieldId, changes }: { tenantId: string; fieldId: string; changes: UpdateCustomFieldDefinition },
): Promise<Result<CustomFieldDefinition, 'custom_field_not_found' | CustomFieldChangeError>> {
  return withTenant(db, tenantId, async (trx) => {
    // The lock keeps a value from being written between the usage check and the new type.
    const current = await trx
      .selectFrom('customFieldDefinition')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('id', '=', fieldId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return fail('custom_field_not_found');
    const codesInUse =
      current.type === 'choice'
        ? await trx
            .selectFrom('customFieldValue')
            .select('valueText')
            .distinct()
            .where('tenantId', '=', tenantId)
            .where('fieldId', '=', fieldId)
            .execute()
        : [];
    const hasValues =
      codesInUse.length > 0 ||
      (await trx
        .selectFrom('customFieldValue')
        .select('fieldId')
        .where('tenantId', '=', tenantId)
        .where('fieldId', '=', fieldId)
        .limit(1)
        .executeTakeFirst()) !== undefined;
    const decided = decideCustomFieldChange(current, changes, {
      hasValues,
      codesInUse: new Set(codesInUse.flatMap((row) => (row.valueText === null ? [] : [row.valueText]))),
    });
    if (!decided.ok) return decided;
    const { type, choices } = decided.value;
    const row = await trx
      .updateTable('customFieldDefinition')
      .set({
        label: changes.label ?? current.label,
        type,
        choices: choices === null ? null : JSON.stringify(choices),
        isRequired: changes.isRequired ?? current.isRequired,
        isSearchable: changes.isSearchable ?? current.isSearchable,
        isRetired: changes.isRetired ?? current.isRetired,
        position: changes.position ?? current.position,
        updatedAt: new Date(now().epochMilliseconds),
      })
      .where('tenantId', '=', tenantId)
      .where('id', '=', fieldId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await refreshSearchText(trx, row);
    return ok(toCustomFieldDefinition(row));
  });
}
