import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/**
 * The next value of a tenant's named counter. The row lock taken by the upsert holds until
 * the caller's transaction ends, so a rolled-back caller gives its number back: no gaps.
 */
export async function nextInSequence(trx: Transaction<Database>, tenantId: string, name: string): Promise<bigint> {
  const row = await trx
    .insertInto('tenantSequence')
    .values({ tenantId, name, lastValue: 1n })
    .onConflict((conflict) =>
      conflict
        .columns(['tenantId', 'name'])
        .doUpdateSet((eb) => ({ lastValue: eb('tenantSequence.lastValue', '+', 1n) })),
    )
    .returning('lastValue')
    .executeTakeFirstOrThrow();
  return row.lastValue;
}
