import type { Tenant } from '@utilis/contracts';
import { type AgreementSpan, type InstallationSpan, type StoredCustomers, servicePointKey } from '@utilis/domain';
import type { Transaction } from 'kysely';
import {
  accountsByNumber,
  agreementsAtServicePoints,
  partiesByReference,
  premisesByReference,
  servicePointsAtPremises,
} from '../customers/index.ts';
import type { Database } from '../db/index.ts';
import { installationSpansInBulk, largestReadings, metersBySerial } from '../metering/index.ts';
import type { LinedRow } from './customer-batch.ts';

/** What a batch's natural keys name, for the domain to decide on, and the stored ids behind the keys. */
export interface StoredForBatch {
  readonly stored: StoredCustomers;
  readonly partyIds: ReadonlyMap<string, string>;
  readonly accountIds: ReadonlyMap<string, string>;
  readonly premiseIds: ReadonlyMap<string, string>;
  /** By `servicePointKey`. */
  readonly servicePointIds: ReadonlyMap<string, string>;
  readonly meterIds: ReadonlyMap<string, string>;
}

/**
 * Loads what a batch of rows names, in a few set-based queries on the batch's transaction: its
 * premises (with the buildings above them), their service points (locked, as a move-in locks one)
 * with every agreement, its meters (locked) with every installation of them and at those service
 * points, its accounts (locked) and its parties. Locks are taken service points, then meters, then
 * accounts, the order the API takes them in.
 */
export async function loadStoredCustomers(
  trx: Transaction<Database>,
  tenant: Pick<Tenant, 'id'>,
  rows: readonly LinedRow[],
): Promise<StoredForBatch> {
  const tenantId = tenant.id;
  const unique = (values: Iterable<string | null | undefined>) =>
    [...new Set(values)].filter((value): value is string => typeof value === 'string' && value !== '');
  const premiseReferences = unique(
    rows.flatMap(({ row }) =>
      row.servicePoint ? [row.servicePoint.premiseReference, row.servicePoint.parentPremiseReference] : [],
    ),
  );

  const premises = await premisesByReference(trx, { tenantId, references: premiseReferences });
  // Only the rows' own premises: a building named as a parent keeps its service points unlocked.
  const servicePoints = await servicePointsAtPremises(trx, {
    tenantId,
    premiseReferences: unique(rows.map(({ row }) => row.servicePoint?.premiseReference)),
  });
  const keyOfServicePoint = new Map(
    servicePoints.map((point) => [point.id, servicePointKey(point.premiseReference, point.kind)]),
  );
  const agreements = await agreementsAtServicePoints(trx, {
    tenantId,
    servicePointIds: servicePoints.map((point) => point.id),
  });
  const meters = await metersBySerial(trx, {
    tenantId,
    serials: unique(rows.map(({ row }) => row.meter?.serial)),
  });
  const installations = await installationSpansInBulk(trx, {
    tenantId,
    meterIds: meters.map((meter) => meter.id),
    servicePointIds: servicePoints.map((point) => point.id),
  });
  // Readings matter only to a meter the file gives fewer digits: usually none, and no query.
  const digitsOf = new Map(
    rows.flatMap(({ row }) => (row.meter ? [[row.meter.serial, row.meter.digits] as const] : [])),
  );
  const narrowed = meters.filter((meter) => (digitsOf.get(meter.serial) ?? meter.digits) < meter.digits);
  const largest = new Map(
    (await largestReadings(trx, { tenantId, meterIds: narrowed.map((meter) => meter.id) })).map((reading) => [
      reading.meterId,
      reading.value,
    ]),
  );
  const accounts = await accountsByNumber(trx, {
    tenantId,
    accountNumbers: unique(rows.map(({ row }) => row.account.accountNumber)),
  });
  const parties = await partiesByReference(trx, {
    tenantId,
    references: unique(rows.map(({ row }) => row.party.reference)),
  });

  const agreementsByKey = new Map<string, AgreementSpan[]>();
  for (const agreement of agreements) {
    const key = keyOfServicePoint.get(agreement.servicePointId);
    if (key === undefined) continue;
    const { id, accountNumber, startOn, endOn } = agreement;
    const span = { id, accountId: accountNumber, startOn, endOn };
    agreementsByKey.set(key, [...(agreementsByKey.get(key) ?? []), span]);
  }
  // Spans name meters by serial and service points by key; a service point outside the batch
  // keeps its id, which no key equals.
  const spans: InstallationSpan[] = installations.map((span) => ({
    id: span.id,
    meterId: span.serial,
    servicePointId: keyOfServicePoint.get(span.servicePointId) ?? span.servicePointId,
    register: span.register,
    installedOn: span.installedOn,
    removedOn: span.removedOn,
  }));

  return {
    stored: {
      parties: new Map(parties.map((party) => [party.reference, { kind: party.kind }])),
      accounts: new Map(
        accounts.map((account) => [
          account.accountNumber,
          {
            partyReference: account.partyReference,
            currency: account.currency,
            openedOn: account.openedOn,
            isClosed: account.status === 'closed',
          },
        ]),
      ),
      buildings: new Map(
        premises.flatMap((premise) =>
          premise.reference === null ? [] : [[premise.reference, premise.parentReference] as const],
        ),
      ),
      agreements: agreementsByKey,
      meters: new Map(
        meters.map((meter) => [
          meter.serial,
          {
            kind: meter.kind,
            digits: meter.digits,
            isRetired: meter.status === 'retired',
            largestReading: largest.get(meter.id) ?? null,
          },
        ]),
      ),
      installations: spans,
    },
    partyIds: new Map(parties.map((party) => [party.reference, party.id])),
    accountIds: new Map(accounts.map((account) => [account.accountNumber, account.id])),
    premiseIds: new Map(
      premises.flatMap((premise) => (premise.reference === null ? [] : [[premise.reference, premise.id] as const])),
    ),
    servicePointIds: new Map([...keyOfServicePoint].map(([id, key]) => [key, id])),
    meterIds: new Map(meters.map((meter) => [meter.serial, meter.id])),
  };
}
