import type { CustomFieldEntity } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { selectCustomFieldDefinitions } from './custom-field.sql.ts';
import type { CustomFieldDefinitionRow } from './custom-field.tables.ts';

/** A tenant's custom fields, retired ones included, in the order forms show them. */
export const listCustomFieldDefinitions = (
  trx: Transaction<Database>,
  filter: { tenantId: string; entity?: CustomFieldEntity | undefined },
): Promise<CustomFieldDefinitionRow[]> => selectCustomFieldDefinitions(trx, filter);
