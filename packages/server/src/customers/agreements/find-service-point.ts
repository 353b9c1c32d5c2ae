import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { selectServicePointAgreements } from './agreement.sql.ts';

/** A service point with its agreement history, oldest first. */
export async function findServicePoint(
  trx: Transaction<Database>,
  { tenantId, servicePointId }: { tenantId: string; servicePointId: string },
) {
  const servicePoint = await trx
    .selectFrom('servicePoint')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', servicePointId)
    .executeTakeFirst();
  if (!servicePoint) return undefined;
  return { servicePoint, agreements: await selectServicePointAgreements(trx, { tenantId, servicePointId }) };
}
