import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { AgreementRow } from '../agreements/agreement.tables.ts';

/** Every agreement, running or ended, of the accounts. */
export async function selectAgreementsOfAccounts(
  trx: Transaction<Database>,
  { tenantId, accountIds }: { tenantId: string; accountIds: readonly string[] },
): Promise<AgreementRow[]> {
  if (accountIds.length === 0) return [];
  return trx
    .selectFrom('agreement')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('accountId', 'in', [...accountIds])
    .execute();
}

/** The recorded moves that started or ended one of the agreements. */
export async function selectChangesOfAgreements(
  trx: Transaction<Database>,
  { tenantId, agreementIds }: { tenantId: string; agreementIds: readonly string[] },
) {
  if (agreementIds.length === 0) return [];
  return trx
    .selectFrom('agreementChange')
    .select(['id', 'kind', 'changedOn', 'servicePointId', 'endedAgreementId', 'startedAgreementId', 'createdAt'])
    .where('tenantId', '=', tenantId)
    .where((eb) =>
      eb.or([eb('startedAgreementId', 'in', [...agreementIds]), eb('endedAgreementId', 'in', [...agreementIds])]),
    )
    .execute();
}
