import type { CustomFieldDefinition } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toCustomFieldDefinition } from './custom-field-dto.ts';

export async function findCustomFieldDefinition(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, fieldId }: { tenantId: string; fieldId: string },
): Promise<CustomFieldDefinition | undefined> {
  const row = await withTenant(db, tenantId, (trx) =>
    trx
      .selectFrom('customFieldDefinition')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('id', '=', fieldId)
      .executeTakeFirst(),
  );
  return row && toCustomFieldDefinition(row);
}
