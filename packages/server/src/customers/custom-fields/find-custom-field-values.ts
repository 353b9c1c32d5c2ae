import type { CustomFieldEntity } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { StoredCustomFieldValues } from './custom-field-dto.ts';
import { type EntityNotFound, entityNotFound, isEntityInReach } from './entity-in-reach.ts';
import { readCustomFieldValues } from './read-custom-field-values.ts';

/**
 * The custom field values of a party, account or premise the caller may reach. With lock, the
 * entity stays locked until the transaction ends.
 */
export async function findCustomFieldValues(
  trx: Transaction<Database>,
  target: { tenantId: string; entity: CustomFieldEntity; entityId: string; branches: ReadonlySet<string> | null },
  { lock = false }: { lock?: boolean } = {},
): Promise<Result<StoredCustomFieldValues, EntityNotFound>> {
  if (!(await isEntityInReach(trx, { ...target, isForUpdate: lock }))) return fail(entityNotFound[target.entity]);
  return ok(await readCustomFieldValues(trx, target));
}
