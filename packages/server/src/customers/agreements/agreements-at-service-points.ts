import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

/** Every agreement, ended or running, of these service points, each with its account's number. */
export async function agreementsAtServicePoints(
  trx: Transaction<Database>,
  { tenantId, servicePointIds }: { tenantId: string; servicePointIds: readonly string[] },
): Promise<{ id: string; servicePointId: string; accountNumber: string; startOn: string; endOn: string | null }[]> {
  if (servicePointIds.length === 0) return [];
  const result = await sql<{
    id: string;
    servicePointId: string;
    accountNumber: string;
    startOn: string;
    endOn: string | null;
  }>`
    select ag.id, ag.service_point_id, a.account_number, ag.start_on, ag.end_on
    from agreement ag
    join account a on a.tenant_id = ag.tenant_id and a.id = ag.account_id
    where ag.tenant_id = ${tenantId} and ag.service_point_id = any(${servicePointIds}::uuid[])
    order by ag.service_point_id, ag.start_on`.execute(trx);
  return result.rows;
}
