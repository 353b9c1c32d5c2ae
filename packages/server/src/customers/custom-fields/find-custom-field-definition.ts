import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { type CustomFieldRef, selectCustomFieldDefinition } from './custom-field.sql.ts';
import type { CustomFieldDefinitionRow } from './custom-field.tables.ts';

/** A custom field definition of the tenant, retired or not. */
export const findCustomFieldDefinition = (
  trx: Transaction<Database>,
  field: CustomFieldRef,
): Promise<CustomFieldDefinitionRow | undefined> => selectCustomFieldDefinition(trx, field);
