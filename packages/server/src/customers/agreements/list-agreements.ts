import type { Agreement } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { toAgreement } from './agreement-dto.ts';

// An account or a service point holds a handful of agreements over its life: no paging.
const maxAgreements = 1000;

/** The agreements of an account or of a service point (or both), oldest first. */
export async function listAgreements(
  { db }: Pick<UseCaseDeps, 'db'>,
  {
    tenantId,
    accountId,
    servicePointId,
    branches,
  }: { tenantId: string; accountId?: string; servicePointId?: string; branches: ReadonlySet<string> | null },
): Promise<{ items: Agreement[] }> {
  const rows = await withTenant(db, tenantId, (trx) => {
    let query = trx
      .selectFrom('agreement')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .orderBy('startOn')
      .orderBy('id')
      .limit(maxAgreements);
    if (accountId !== undefined) query = query.where('accountId', '=', accountId);
    if (servicePointId !== undefined) query = query.where('servicePointId', '=', servicePointId);
    // A branch-limited reader sees only the agreements of their branches' accounts.
    if (branches !== null) {
      query = query.where('accountId', 'in', (eb) =>
        eb
          .selectFrom('account')
          .select('account.id')
          .where('account.tenantId', '=', tenantId)
          .where((inner) => (branches.size ? inner('account.branchCode', 'in', [...branches]) : inner.lit(false))),
      );
    }
    return query.execute();
  });
  return { items: rows.map(toAgreement) };
}
