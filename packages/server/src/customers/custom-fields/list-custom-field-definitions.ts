import type { CustomFieldDefinition, CustomFieldEntity } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toCustomFieldDefinition } from './custom-field-dto.ts';

/** A tenant's custom fields, retired ones included, in the order forms show them. */
export async function listCustomFieldDefinitions(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, entity }: { tenantId: string; entity?: CustomFieldEntity },
): Promise<CustomFieldDefinition[]> {
  const rows = await withTenant(db, tenantId, (trx) =>
    trx
      .selectFrom('customFieldDefinition')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .$if(entity !== undefined, (query) => query.where('entity', '=', entity as CustomFieldEntity))
      .orderBy('entity')
      .orderBy('position')
      .orderBy('key')
      .execute(),
  );
  return rows.map(toCustomFieldDefinition);
}
