import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { type EntityRef, selectCustomFieldDefinitions, selectCustomFieldValues } from './custom-field.sql.ts';
import type { StoredCustomFieldValues } from './custom-field-dto.ts';

/** An entity's field definitions in form order, and the values it holds. */
export async function readCustomFieldValues(
  trx: Transaction<Database>,
  target: EntityRef,
): Promise<StoredCustomFieldValues> {
  const definitions = await selectCustomFieldDefinitions(trx, { tenantId: target.tenantId, entity: target.entity });
  const values = await selectCustomFieldValues(trx, target);
  return { entity: target.entity, entityId: target.entityId, definitions, values };
}
