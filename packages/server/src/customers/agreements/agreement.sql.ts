import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { AgreementChangeTable, AgreementTable } from './agreement.tables.ts';

/** Locks a service point row until the transaction ends: changes to its agreements go one after the other. */
export const lockServicePoint = (trx: Transaction<Database>, { tenantId, servicePointId }: ServicePointRef) =>
  trx
    .selectFrom('servicePoint')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', servicePointId)
    .forUpdate()
    .executeTakeFirst();

type ServicePointRef = { tenantId: string; servicePointId: string };

/** The agreements of a service point, oldest first. */
export const selectServicePointAgreements = (
  trx: Transaction<Database>,
  { tenantId, servicePointId }: ServicePointRef,
) =>
  trx
    .selectFrom('agreement')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('servicePointId', '=', servicePointId)
    .orderBy('startOn')
    .orderBy('id')
    .execute();

/** Ends a running agreement on its last day and marks the leaving account for a final bill. */
export const endAgreement = (
  trx: Transaction<Database>,
  {
    tenantId,
    agreementId,
    endOn,
    finalBillRequestedOn,
    updatedAt,
  }: { tenantId: string; agreementId: string; endOn: string; finalBillRequestedOn: string; updatedAt: Date },
) =>
  trx
    .updateTable('agreement')
    .set({ endOn, finalBillRequestedOn, updatedAt })
    .where('tenantId', '=', tenantId)
    .where('id', '=', agreementId)
    .returningAll()
    .executeTakeFirstOrThrow();

export const insertAgreement = (trx: Transaction<Database>, agreement: Insertable<AgreementTable>) =>
  trx.insertInto('agreement').values(agreement).returningAll().executeTakeFirstOrThrow();

export const insertAgreementChange = (trx: Transaction<Database>, change: Insertable<AgreementChangeTable>) =>
  trx.insertInto('agreementChange').values(change).returningAll().executeTakeFirstOrThrow();
