import type { CustomFieldEntity } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

export const entityNotFound = {
  party: 'party_not_found',
  account: 'account_not_found',
  premise: 'premise_not_found',
} as const satisfies Record<CustomFieldEntity, string>;
export type EntityNotFound = (typeof entityNotFound)[CustomFieldEntity];

/**
 * Whether the tenant has the party, account or premise, and the caller may reach it: an account
 * outside a branch-limited caller's branches counts as missing, as it does on the account routes.
 * Writers lock the row so two edits of one entity's values check required fields one at a time.
 */
export async function isEntityInReach(
  trx: Transaction<Database>,
  {
    tenantId,
    entity,
    entityId,
    branches,
    isForUpdate,
  }: {
    tenantId: string;
    entity: CustomFieldEntity;
    entityId: string;
    branches: ReadonlySet<string> | null;
    isForUpdate: boolean;
  },
): Promise<boolean> {
  const query = trx
    .selectFrom(entity)
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', entityId)
    .$if(isForUpdate, (each) => each.forUpdate());
  if (entity === 'account' && branches !== null) {
    const account = await trx
      .selectFrom('account')
      .select('id')
      .where('tenantId', '=', tenantId)
      .where('id', '=', entityId)
      .where((eb) => (branches.size ? eb('branchCode', 'in', [...branches]) : eb.lit(false)))
      .$if(isForUpdate, (each) => each.forUpdate())
      .executeTakeFirst();
    return account !== undefined;
  }
  return (await query.executeTakeFirst()) !== undefined;
}
