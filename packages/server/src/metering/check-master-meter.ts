import { fail, ok, type Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

// Deeper than any real building → riser → unit chain; stops a corrupt loop from spinning.
const maxDepth = 64;

/**
 * Checks that a meter may sit under a master meter: the master exists and is not the meter
 * itself or one of its sub-meters at any depth (a loop would count consumption forever).
 */
export async function checkMasterMeter(
  trx: Transaction<Database>,
  { tenantId, meterId, parentMeterId }: { tenantId: string; meterId: string | null; parentMeterId: string },
): Promise<Result<undefined, 'meter_not_found' | 'meter_cannot_be_its_own_master'>> {
  let ancestor: string | null = parentMeterId;
  for (let depth = 0; ancestor !== null; depth++) {
    if (ancestor === meterId || depth > maxDepth) return fail('meter_cannot_be_its_own_master');
    const parent = await trx
      .selectFrom('meter')
      .select('parentMeterId')
      .where('tenantId', '=', tenantId)
      .where('id', '=', ancestor)
      .executeTakeFirst();
    if (!parent) return fail('meter_not_found', `No master meter ${ancestor}`);
    ancestor = parent.parentMeterId;
  }
  return ok(undefined);
}
