import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { type PremiseRef, selectPremise, selectServicePointsOf } from './premise.sql.ts';
import type { StoredPremise } from './premise-dto.ts';

/** A premise with its service points, by kind. With lock, the premise stays locked until the transaction ends. */
export async function findPremise(
  trx: Transaction<Database>,
  ref: PremiseRef,
  { lock = false }: { lock?: boolean } = {},
): Promise<StoredPremise | undefined> {
  const premise = await selectPremise(trx, ref, { lock });
  if (!premise) return undefined;
  return { premise, servicePoints: await selectServicePointsOf(trx, ref) };
}
