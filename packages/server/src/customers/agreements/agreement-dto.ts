import type { Agreement, AgreementChange } from '@utilis/contracts';
import type { Selectable } from 'kysely';
import type { AgreementChangeTable, AgreementRow } from './agreement.tables.ts';

/** The API shape of an agreement: its days both included, as stored. */
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

/** A recorded move-in, move-out or transfer: the change, and the agreements it ended and started. */
export interface RecordedAgreementChange {
  readonly change: Selectable<AgreementChangeTable>;
  readonly ended: AgreementRow | undefined;
  readonly started: AgreementRow | undefined;
}

export const toAgreementChange = ({ change, ended, started }: RecordedAgreementChange): AgreementChange => ({
  id: change.id,
  tenantId: change.tenantId,
  servicePointId: change.servicePointId,
  kind: change.kind,
  changedOn: change.changedOn,
  endedAgreement: ended ? toAgreement(ended) : null,
  startedAgreement: started ? toAgreement(started) : null,
  readings: change.readings,
  createdAt: change.createdAt.toISOString(),
});
