import type { Tenant } from '@utilis/contracts';
import { type AcceptedCustomerRow, type CustomerRow, displayName, servicePointKey } from '@utilis/domain';
import type { Transaction } from 'kysely';
import {
  addServicePointsInBulk,
  type PartyField,
  type PremiseField,
  startAgreementsInBulk,
  upsertAccounts,
  upsertParties,
  upsertPremises,
} from '../customers/index.ts';
import type { Database } from '../db/index.ts';
import { installMetersInBulk, type MeterField, upsertMeters } from '../metering/index.ts';
import { emptyTally, type ImportTally, type PresentColumns } from './customer-batch.ts';
import type { StoredForBatch } from './load-stored-customers.ts';

/**
 * Another writer stored a natural key of the batch between its load and its write: the batch's
 * decisions no longer hold, so it is rolled back and decided again.
 */
export class ConcurrentImportWrite extends Error {}

/**
 * Writes a batch's accepted rows with one statement per kind of thing (parties, accounts,
 * premises, service points, agreements, meters, installations with their readings), in the
 * caller's transaction, and checks that each row's every part was written or was stored already.
 * Returns what was created and what changed; a row equal to the stored one changes nothing.
 */
export async function writeCustomerRows(
  trx: Transaction<Database>,
  {
    tenant,
    present,
    at,
    newId,
  }: { tenant: Pick<Tenant, 'id' | 'locale' | 'currency'>; present: PresentColumns; at: Date; newId: () => string },
  accepted: readonly AcceptedCustomerRow[],
  loaded: StoredForBatch,
): Promise<ImportTally> {
  const tenantId = tenant.id;
  const tally = emptyTally();

  const parties = firstByKey(accepted, ({ row }) => row.party.reference);
  const partyIds = new Map(loaded.partyIds);
  const namesPresent = (['given_name', 'middle_name', 'family_name', 'organisation_name'] as const).some((column) =>
    present.has(column),
  );
  const partyFields: [PartyField, boolean][] = [
    ['givenName', present.has('given_name')],
    ['middleName', present.has('middle_name')],
    ['familyName', present.has('family_name')],
    ['organisationName', present.has('organisation_name')],
    ['registrationNumber', present.has('registration_number')],
    ['displayName', namesPresent],
    ['email', present.has('email')],
    ['phone', present.has('phone')],
    ['preferredLocale', present.has('locale')],
  ];
  const writtenParties = await upsertParties(trx, {
    tenantId,
    parties: parties.map(({ row: { party } }) => ({
      id: partyIds.get(party.reference) ?? newId(),
      reference: party.reference,
      kind: party.kind,
      displayName: displayNameOf(party, tenant.locale),
      givenName: party.givenName,
      middleName: party.middleName,
      familyName: party.familyName,
      organisationName: party.organisationName,
      registrationNumber: party.registrationNumber,
      email: party.email,
      phone: party.phone,
      preferredLocale: party.locale,
    })),
    changing: partyFields.filter(([, isPresent]) => isPresent).map(([field]) => field),
    at,
  });
  count(
    tally.parties,
    loaded.partyIds,
    written(writtenParties, (party) => [party.reference, party.id]),
    partyIds,
  );
  expectEvery('party', parties, ({ row }) => row.party.reference, partyIds);

  const accounts = firstByKey(accepted, ({ row }) => row.account.accountNumber);
  const accountIds = new Map(loaded.accountIds);
  const writtenAccounts = await upsertAccounts(trx, {
    tenantId,
    accounts: accounts.map(({ row: { party, account } }) => ({
      id: accountIds.get(account.accountNumber) ?? newId(),
      accountNumber: account.accountNumber,
      partyId: idOf(partyIds, party.reference),
      currency: account.currency ?? tenant.currency,
      openedOn: account.openedOn,
      branchCode: account.branch,
    })),
    isBranchChanging: present.has('branch'),
    at,
  });
  count(
    tally.accounts,
    loaded.accountIds,
    written(writtenAccounts, (account) => [account.accountNumber, account.id]),
    accountIds,
  );
  expectEvery('account', accounts, ({ row }) => row.account.accountNumber, accountIds);

  // Premises, buildings in the same statement as their units: new ones get their id up front.
  const placed = accepted.flatMap((lined) =>
    lined.row.servicePoint ? [{ ...lined, spot: lined.row.servicePoint }] : [],
  );
  const premises = firstByKey(placed, ({ spot }) => spot.premiseReference);
  const premiseIds = new Map(loaded.premiseIds);
  for (const { spot } of premises) {
    if (!premiseIds.has(spot.premiseReference)) premiseIds.set(spot.premiseReference, newId());
  }
  const premiseFields: [PremiseField, boolean][] = [
    ['addressLine1', present.has('address_line1')],
    ['addressLine2', present.has('address_line2')],
    ['city', present.has('city')],
    ['postalCode', present.has('postal_code')],
    ['country', present.has('country')],
    ['parentPremiseId', present.has('parent_premise_reference')],
  ];
  const writtenPremises = await upsertPremises(trx, {
    tenantId,
    premises: premises.map(({ spot }) => ({
      id: idOf(premiseIds, spot.premiseReference),
      reference: spot.premiseReference,
      parentPremiseId: spot.parentPremiseReference === null ? null : idOf(premiseIds, spot.parentPremiseReference),
      addressLine1: spot.addressLine1,
      addressLine2: spot.addressLine2,
      city: spot.city,
      postalCode: spot.postalCode,
      country: spot.country,
    })),
    changing: premiseFields.filter(([, isPresent]) => isPresent).map(([field]) => field),
    at,
  });
  // A new premise comes back with the id it was given, or another writer stored it meanwhile.
  const premisesWritten = written(writtenPremises, (premise) => [premise.reference, premise.id]);
  for (const { spot } of premises) {
    const reference = spot.premiseReference;
    if (!loaded.premiseIds.has(reference) && premisesWritten.get(reference) !== premiseIds.get(reference)) {
      throw new ConcurrentImportWrite(`The premise ${reference} was stored meanwhile`);
    }
  }
  count(tally.premises, loaded.premiseIds, premisesWritten, premiseIds);

  // Service points: one per premise and kind.
  const servicePointIds = new Map(loaded.servicePointIds);
  const keyOf = ({ spot }: (typeof placed)[number]) => servicePointKey(spot.premiseReference, spot.serviceKind);
  const newPoints = firstByKey(placed, keyOf).filter((lined) => !servicePointIds.has(keyOf(lined)));
  const pointsToAdd = newPoints.map((lined) => {
    const id = newId();
    servicePointIds.set(keyOf(lined), id);
    return { id, premiseId: idOf(premiseIds, lined.spot.premiseReference), kind: lined.spot.serviceKind };
  });
  const addedPoints = await addServicePointsInBulk(trx, { tenantId, servicePoints: pointsToAdd, at });
  expectCount('service points', pointsToAdd.length, addedPoints.length);
  tally.servicePoints.created += addedPoints.length;

  // Agreements the domain decided: each account moves in on the day it opened.
  const agreements = placed
    .filter((lined) => lined.startsAgreement)
    .map((lined) => ({
      id: newId(),
      servicePointId: idOf(servicePointIds, keyOf(lined)),
      accountId: idOf(accountIds, lined.row.account.accountNumber),
      startOn: lined.row.account.openedOn,
    }));
  const started = await startAgreementsInBulk(trx, { tenantId, agreements, at });
  expectCount('agreements', agreements.length, started.length);

  // Meters, then the installations the domain decided, with their install readings.
  const metered = firstByKey(
    placed.flatMap((lined) => (lined.row.meter ? [{ ...lined, meter: lined.row.meter }] : [])),
    ({ meter }) => meter.serial,
  );
  const meterIds = new Map(loaded.meterIds);
  const meterFields: [MeterField, boolean][] = [
    ['kind', present.has('meter_kind')],
    ['unit', present.has('meter_unit')],
    ['digits', present.has('meter_digits')],
    ['multiplier', present.has('meter_multiplier')],
  ];
  const writtenMeters = await upsertMeters(trx, {
    tenantId,
    meters: metered.map(({ meter, installsMeter }) => ({
      id: meterIds.get(meter.serial) ?? newId(),
      serial: meter.serial,
      kind: meter.kind,
      unit: meter.unit,
      digits: meter.digits,
      multiplier: meter.multiplier,
      status: installsMeter ? 'installed' : 'in_stock',
    })),
    changing: meterFields.filter(([, isPresent]) => isPresent).map(([field]) => field),
    at,
  });
  count(
    tally.meters,
    loaded.meterIds,
    written(writtenMeters, (meter) => [meter.serial, meter.id]),
    meterIds,
  );
  expectEvery('meter', metered, ({ meter }) => meter.serial, meterIds);

  const installations = metered
    .filter((lined) => lined.installsMeter)
    .map((lined) => ({
      installationId: newId(),
      readingId: newId(),
      meterId: idOf(meterIds, lined.meter.serial),
      servicePointId: idOf(servicePointIds, keyOf(lined)),
      on: lined.meter.installedOn,
      reading: lined.meter.installReading,
    }));
  const installed = await installMetersInBulk(trx, { tenantId, installations, at });
  expectCount('installations', installations.length, installed);

  return tally;
}

function firstByKey<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Row[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = keyOf(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const written = <T>(rows: readonly T[], entry: (row: T) => [string, string]) => new Map(rows.map(entry));

/** Tallies what a statement returned (created or changed) and learns the ids of what it created. */
function count(
  tally: { created: number; updated: number },
  stored: ReadonlyMap<string, string>,
  returned: ReadonlyMap<string, string>,
  ids: Map<string, string>,
): void {
  for (const [key, id] of returned) {
    if (stored.has(key)) tally.updated += 1;
    else tally.created += 1;
    ids.set(key, id);
  }
}

/** Every key of the batch is stored now; one neither loaded nor written was stored by another writer meanwhile. */
function expectEvery<Row>(
  what: string,
  rows: readonly Row[],
  keyOf: (row: Row) => string,
  ids: ReadonlyMap<string, string>,
) {
  const absent = rows.map(keyOf).find((key) => !ids.has(key));
  if (absent !== undefined) throw new ConcurrentImportWrite(`The ${what} ${absent} was stored meanwhile`);
}

// A statement without `on conflict` writes every row or fails: fewer rows is a broken promise.
function expectCount(what: string, expected: number, actual: number): void {
  if (actual !== expected) throw new Error(`Import wrote ${actual} ${what} of ${expected}`);
}

function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new ConcurrentImportWrite(`${key} has no id`);
  return id;
}

function displayNameOf(party: CustomerRow['party'], locale: string): string {
  return party.kind === 'person'
    ? displayName(
        {
          kind: 'person',
          givenName: party.givenName ?? '',
          middleName: party.middleName,
          familyName: party.familyName ?? '',
        },
        locale,
      )
    : displayName({ kind: 'organisation', organisationName: party.organisationName ?? '' }, locale);
}
