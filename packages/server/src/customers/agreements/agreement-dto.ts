import type { Agreement } from '@utilis/contracts';
import type { AgreementRow } from './agreement.tables.ts';

export const toAgreement = (row: AgreementRow): Agreement => ({
  id: row.id,
  tenantId: row.tenantId,
  servicePointId: row.servicePointId,
  accountId: row.accountId,
  pricePlanId: row.pricePlanId,
  provider: row.provider,
  startOn: row.startOn,
  endOn: row.endOn,
  finalBillRequestedOn: row.finalBillRequestedOn,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
