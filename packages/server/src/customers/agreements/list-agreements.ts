import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { AgreementRow } from './agreement.tables.ts';

// An account or a service point holds a handful of agreements over its life: no paging.
const maxAgreements = 1000;

/** The agreements of an account or of a service point (or both), oldest first. */
export async function listAgreements(
  trx: Transaction<Database>,
  {
    tenantId,
    accountId,
    servicePointId,
    branches,
  }: {
    tenantId: string;
    accountId?: string | undefined;
    servicePointId?: string | undefined;
    branches: ReadonlySet<string> | null;
  },
): Promise<AgreementRow[]> {
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
}
