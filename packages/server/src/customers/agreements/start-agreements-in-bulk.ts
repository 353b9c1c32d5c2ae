import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

/**
 * Starts agreements the caller has decided (no overlap: `decideAgreementChange`), in one
 * statement. Nothing is skipped: an overlap the caller could not see fails the statement (the
 * running-agreement index everywhere, the exclusion constraint on PostgreSQL servers).
 */
export async function startAgreementsInBulk(
  trx: Transaction<Database>,
  {
    tenantId,
    agreements,
    at,
  }: {
    tenantId: string;
    agreements: readonly {
      readonly id: string;
      readonly servicePointId: string;
      readonly accountId: string;
      readonly startOn: string;
    }[];
    at: Date;
  },
): Promise<{ id: string }[]> {
  if (agreements.length === 0) return [];
  const result = await sql<{ id: string }>`
    insert into agreement (tenant_id, id, service_point_id, account_id, start_on, created_at, updated_at)
    select ${tenantId}::uuid, t.id, t.service_point_id, t.account_id, t.start_on, ${at}::timestamptz,
      ${at}::timestamptz
    from unnest(
      ${agreements.map((agreement) => agreement.id)}::uuid[],
      ${agreements.map((agreement) => agreement.servicePointId)}::uuid[],
      ${agreements.map((agreement) => agreement.accountId)}::uuid[],
      ${agreements.map((agreement) => agreement.startOn)}::date[]
    ) as t(id, service_point_id, account_id, start_on)
    returning id`.execute(trx);
  return result.rows;
}
