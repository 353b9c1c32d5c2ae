import type { CustomFieldEntity, CustomFieldType } from '@utilis/contracts';
import type { StoredCustomValue } from '@utilis/domain';
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database } from '../../db/index.ts';
import type {
  CustomFieldDefinitionRow,
  CustomFieldDefinitionTable,
  CustomFieldValueRow,
} from './custom-field.tables.ts';

export type CustomFieldRef = { tenantId: string; fieldId: string };
export type EntityRef = { tenantId: string; entity: CustomFieldEntity; entityId: string };

/** A field definition. With lock, no value of it can be written until the transaction ends. */
export function selectCustomFieldDefinition(
  trx: Transaction<Database>,
  { tenantId, fieldId }: CustomFieldRef,
  { lock = false }: { lock?: boolean } = {},
): Promise<CustomFieldDefinitionRow | undefined> {
  const query = trx
    .selectFrom('customFieldDefinition')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', fieldId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/**
 * A tenant's field definitions, retired ones included, in form order: by entity, position and key.
 * Shared locks keep a definition's type from changing while values of it are being written.
 */
export function selectCustomFieldDefinitions(
  trx: Transaction<Database>,
  { tenantId, entity }: { tenantId: string; entity?: CustomFieldEntity | undefined },
  { share = false }: { share?: boolean } = {},
): Promise<CustomFieldDefinitionRow[]> {
  let query = trx
    .selectFrom('customFieldDefinition')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .orderBy('entity')
    .orderBy('position')
    .orderBy('key');
  if (entity !== undefined) query = query.where('entity', '=', entity);
  return (share ? query.forShare() : query).execute();
}

/** Stores a field definition; undefined when the entity's fields already use its key. */
export function insertCustomFieldDefinition(
  trx: Transaction<Database>,
  values: Insertable<CustomFieldDefinitionTable>,
): Promise<CustomFieldDefinitionRow | undefined> {
  return trx
    .insertInto('customFieldDefinition')
    .values(values)
    .onConflict((conflict) => conflict.columns(['tenantId', 'entity', 'key']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateCustomFieldDefinitionRow(
  trx: Transaction<Database>,
  { tenantId, fieldId }: CustomFieldRef,
  changes: Updateable<CustomFieldDefinitionTable>,
): Promise<CustomFieldDefinitionRow> {
  return trx
    .updateTable('customFieldDefinition')
    .set(changes)
    .where('tenantId', '=', tenantId)
    .where('id', '=', fieldId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** How a field is used: whether any value holds it, and the choice codes values hold. */
export async function selectCustomFieldUsage(
  trx: Transaction<Database>,
  { tenantId, fieldId, type }: CustomFieldRef & { type: CustomFieldType },
): Promise<{ hasValues: boolean; codesInUse: ReadonlySet<string> }> {
  const codes =
    type === 'choice'
      ? await trx
          .selectFrom('customFieldValue')
          .select('valueText')
          .distinct()
          .where('tenantId', '=', tenantId)
          .where('fieldId', '=', fieldId)
          .execute()
      : [];
  const hasValues =
    codes.length > 0 ||
    (await trx
      .selectFrom('customFieldValue')
      .select('fieldId')
      .where('tenantId', '=', tenantId)
      .where('fieldId', '=', fieldId)
      .limit(1)
      .executeTakeFirst()) !== undefined;
  return { hasValues, codesInUse: new Set(codes.flatMap((row) => (row.valueText === null ? [] : [row.valueText]))) };
}

/** An entity's stored values, one per field that has one. */
export const selectCustomFieldValues = (
  trx: Transaction<Database>,
  { tenantId, entity, entityId }: EntityRef,
): Promise<Pick<CustomFieldValueRow, 'fieldId' | 'valueText' | 'valueNumber' | 'valueDate'>[]> =>
  trx
    .selectFrom('customFieldValue')
    .select(['fieldId', 'valueText', 'valueNumber', 'valueDate'])
    .where('tenantId', '=', tenantId)
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .execute();

/** Writes an entity's decided values: clears some fields, stores (inserts or replaces) others. */
export async function writeCustomFieldValues(
  trx: Transaction<Database>,
  { tenantId, entity, entityId }: EntityRef,
  {
    set,
    clear,
  }: {
    set: readonly { fieldId: string; value: StoredCustomValue }[];
    clear: readonly string[];
  },
  updatedAt: Date,
): Promise<void> {
  if (clear.length) {
    await trx
      .deleteFrom('customFieldValue')
      .where('tenantId', '=', tenantId)
      .where('entity', '=', entity)
      .where('entityId', '=', entityId)
      .where('fieldId', 'in', [...clear])
      .execute();
  }
  if (set.length) {
    await trx
      .insertInto('customFieldValue')
      .values(set.map(({ fieldId, value }) => ({ tenantId, entity, entityId, fieldId, ...value, updatedAt })))
      .onConflict((conflict) =>
        conflict.columns(['tenantId', 'entity', 'entityId', 'fieldId']).doUpdateSet((eb) => ({
          valueText: eb.ref('excluded.valueText'),
          valueNumber: eb.ref('excluded.valueNumber'),
          valueDate: eb.ref('excluded.valueDate'),
          searchText: eb.ref('excluded.searchText'),
          updatedAt: eb.ref('excluded.updatedAt'),
        })),
      )
      .execute();
  }
}
