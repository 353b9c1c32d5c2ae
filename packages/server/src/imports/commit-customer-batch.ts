import { type CustomerColumn, type CustomerRowError, displayName } from '@utilis/domain';
import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import {
  type BatchOutcome,
  emptyTally,
  type ImportTenant,
  type LinedRow,
  type PresentColumns,
} from './customer-batch.ts';

interface BatchContext {
  readonly trx: Transaction<Database>;
  readonly tenant: ImportTenant;
  readonly present: PresentColumns;
  readonly now: Date;
  readonly newId: () => string;
}

/**
 * Writes one batch of valid rows in the caller's transaction: looks up what the natural keys
 * already name, rejects the rows the stored data contradicts, then upserts parties, accounts,
 * premises, service points, agreements and meters with one multi-row statement each. Rows that
 * repeat a key write it once; values equal to the stored ones write nothing, so a re-run of the
 * same file changes nothing.
 */
export async function commitCustomerBatch(
  { trx, tenant, present, now, newId }: BatchContext,
  batch: readonly LinedRow[],
): Promise<BatchOutcome> {
  const tenantId = tenant.id;
  const counts = emptyTally();
  const rejected: BatchOutcome['rejected'] = [];
  const partyRefs = unique(batch.map(({ row }) => row.party.reference));
  const accountNumbers = unique(batch.map(({ row }) => row.account.accountNumber));
  const premiseRefs = unique(
    batch.flatMap(({ row }) =>
      row.servicePoint ? [row.servicePoint.premiseReference, row.servicePoint.parentPremiseReference ?? ''] : [],
    ),
  ).filter((reference) => reference !== '');
  const serials = unique(batch.flatMap(({ row }) => (row.meter ? [row.meter.serial] : [])));

  // Load: what the natural keys already name.
  const parties = await rows<{ id: string; reference: string; kind: string }>(
    trx,
    sql`select id, reference, kind from party where tenant_id = ${tenantId} and reference = any(${partyRefs}::text[])`,
  );
  const accounts = await rows<{
    id: string;
    accountNumber: string;
    partyId: string;
    currency: string;
    openedOn: string;
  }>(
    trx,
    sql`select id, account_number, party_id, currency, opened_on from account
        where tenant_id = ${tenantId} and account_number = any(${accountNumbers}::text[])`,
  );
  // The premises named, and the buildings above them as stored, to refuse a file that closes a loop.
  const premises = await rows<{ id: string; reference: string | null; parentReference: string | null }>(
    trx,
    sql`with recursive chain (id, reference, parent_premise_id, depth) as (
          select id, reference, parent_premise_id, 0
          from premise where tenant_id = ${tenantId} and reference = any(${premiseRefs}::text[])
          union
          select p.id, p.reference, p.parent_premise_id, chain.depth + 1
          from chain join premise p on p.tenant_id = ${tenantId} and p.id = chain.parent_premise_id
          where chain.depth < ${maxBuildingDepth}
        )
        -- Lateral: one index probe per premise, never a join over all the tenant's premises.
        select distinct chain.id, chain.reference, parent.reference as parent_reference
        from chain
        left join lateral (
          select reference from premise where tenant_id = ${tenantId} and id = chain.parent_premise_id limit 1
        ) parent on true`,
  );
  const servicePoints = await rows<{ id: string; reference: string; kind: string; accountId: string | null }>(
    trx,
    sql`select sp.id, p.reference, sp.kind, a.account_id
        from premise p
        join service_point sp on sp.tenant_id = p.tenant_id and sp.premise_id = p.id
        -- Lateral, so each service point is one index probe even before the planner has statistics.
        left join lateral (
          select account_id from agreement
          where tenant_id = sp.tenant_id and service_point_id = sp.id and end_on is null limit 1
        ) a on true
        where p.tenant_id = ${tenantId} and p.reference = any(${premiseRefs}::text[])`,
  );
  const meters = await rows<{ id: string; serial: string; reference: string | null; kind: string | null }>(
    trx,
    sql`select m.id, m.serial, placed.reference, placed.kind
        from meter m
        left join lateral (
          select p.reference, sp.kind
          from meter_installation i
          join service_point sp on sp.tenant_id = i.tenant_id and sp.id = i.service_point_id
          join premise p on p.tenant_id = sp.tenant_id and p.id = sp.premise_id
          where i.tenant_id = m.tenant_id and i.meter_id = m.id and i.removed_on is null
          limit 1
        ) placed on true
        where m.tenant_id = ${tenantId} and m.serial = any(${serials}::text[])`,
  );

  const partyByRef = new Map(parties.map((party) => [party.reference, party]));
  const accountByNumber = new Map(accounts.map((account) => [account.accountNumber, account]));
  const premiseIdByRef = new Map(
    premises.flatMap((premise) => (premise.reference === null ? [] : [[premise.reference, premise.id] as const])),
  );
  // Each premise's building as this batch leaves it: stored, then overwritten row by row.
  const buildingOf = new Map(
    premises.flatMap((premise) =>
      premise.reference === null ? [] : [[premise.reference, premise.parentReference] as const],
    ),
  );
  const servicePointByKey = new Map(servicePoints.map((point) => [`${point.reference} ${point.kind}`, point]));
  const meterBySerial = new Map(meters.map((meter) => [meter.serial, meter]));

  // Decide: reject the rows the stored data contradicts; later stages see only accepted rows.
  const premisesOfBatch = new Set<string>();
  const accepted: LinedRow[] = [];
  for (const lined of batch) {
    const { party, account, servicePoint, meter } = lined.row;
    const errors: CustomerRowError[] = [];
    const storedParty = partyByRef.get(party.reference);
    if (storedParty && storedParty.kind !== party.kind)
      errors.push({ code: 'party_kind_differs', column: 'party_kind' });
    const storedAccount = accountByNumber.get(account.accountNumber);
    if (storedAccount) {
      if (storedAccount.partyId !== storedParty?.id) {
        errors.push({ code: 'account_of_other_party', column: 'account_number' });
      } else if (
        storedAccount.currency !== (account.currency ?? tenant.currency) ||
        storedAccount.openedOn !== account.openedOn
      ) {
        errors.push({
          code: 'account_differs',
          column: storedAccount.openedOn !== account.openedOn ? 'opened_on' : 'currency',
        });
      }
    }
    if (servicePoint) {
      const parent = servicePoint.parentPremiseReference;
      if (parent !== null && !premiseIdByRef.has(parent) && !premisesOfBatch.has(parent)) {
        errors.push({ code: 'parent_premise_not_found', column: 'parent_premise_reference' });
      } else if (closesLoop(buildingOf, servicePoint.premiseReference, parent)) {
        errors.push({ code: 'premise_cannot_contain_itself', column: 'parent_premise_reference' });
      }
      const stored = servicePointByKey.get(`${servicePoint.premiseReference} ${servicePoint.serviceKind}`);
      if (stored?.accountId && stored.accountId !== storedAccount?.id) {
        errors.push({ code: 'service_point_of_other_account', column: 'service_kind' });
      }
      if (meter) {
        const storedMeter = meterBySerial.get(meter.serial);
        const isElsewhere =
          storedMeter?.reference != null &&
          (storedMeter.reference !== servicePoint.premiseReference || storedMeter.kind !== servicePoint.serviceKind);
        if (isElsewhere) errors.push({ code: 'meter_installed_elsewhere', column: 'meter_serial' });
      }
    }
    if (errors.length > 0) {
      rejected.push({ line: lined.line, errors });
      continue;
    }
    accepted.push(lined);
    if (servicePoint) {
      premisesOfBatch.add(servicePoint.premiseReference);
      buildingOf.set(servicePoint.premiseReference, servicePoint.parentPremiseReference);
    }
  }

  // Persist: parties.
  const newParties = firstByKey(accepted, ({ row }) => row.party.reference);
  const partyIds = new Map(parties.map((party) => [party.reference, party.id]));
  const namesPresent = ['given_name', 'middle_name', 'family_name', 'organisation_name'].some((column) =>
    present.has(column as CustomerColumn),
  );
  const partyUpdates: [string, CustomerColumn | 'names'][] = [
    ['given_name', 'given_name'],
    ['middle_name', 'middle_name'],
    ['family_name', 'family_name'],
    ['organisation_name', 'organisation_name'],
    ['registration_number', 'registration_number'],
    ['display_name', 'names'],
    ['email', 'email'],
    ['phone', 'phone'],
    ['preferred_locale', 'locale'],
  ];
  const partyColumnsToUpdate = partyUpdates
    .filter(([, column]) => (column === 'names' ? namesPresent : present.has(column)))
    .map(([name]) => name);
  const upsertedParties = await rows<{ id: string; reference: string }>(
    trx,
    sql`insert into party (tenant_id, id, reference, kind, display_name, given_name, middle_name, family_name,
          organisation_name, registration_number, email, phone, preferred_locale, created_at, updated_at)
        select ${tenantId}::uuid, t.id, t.reference, t.kind, t.display_name, t.given_name, t.middle_name, t.family_name,
          t.organisation_name, t.registration_number, t.email, t.phone, t.preferred_locale, ${now}::timestamptz, ${now}::timestamptz
        from unnest(
          ${newParties.map(({ row }) => partyIds.get(row.party.reference) ?? newId())}::uuid[],
          ${newParties.map(({ row }) => row.party.reference)}::text[],
          ${newParties.map(({ row }) => row.party.kind)}::text[],
          ${newParties.map(({ row }) => displayNameOf(row.party, tenant.locale))}::text[],
          ${newParties.map(({ row }) => row.party.givenName)}::text[],
          ${newParties.map(({ row }) => row.party.middleName)}::text[],
          ${newParties.map(({ row }) => row.party.familyName)}::text[],
          ${newParties.map(({ row }) => row.party.organisationName)}::text[],
          ${newParties.map(({ row }) => row.party.registrationNumber)}::text[],
          ${newParties.map(({ row }) => row.party.email)}::text[],
          ${newParties.map(({ row }) => row.party.phone)}::text[],
          ${newParties.map(({ row }) => row.party.locale)}::text[]
        ) as t(id, reference, kind, display_name, given_name, middle_name, family_name, organisation_name,
               registration_number, email, phone, preferred_locale)
        on conflict (tenant_id, reference) where reference is not null
        ${updateChanged('party', partyColumnsToUpdate)}
        returning id, reference`,
  );
  tally(counts.parties, upsertedParties, (party) => partyIds.has(party.reference));
  for (const party of upsertedParties) partyIds.set(party.reference, party.id);

  // Accounts.
  const newAccounts = firstByKey(accepted, ({ row }) => row.account.accountNumber);
  const accountIds = new Map(accounts.map((account) => [account.accountNumber, account.id]));
  const upsertedAccounts = await rows<{ id: string; accountNumber: string }>(
    trx,
    sql`insert into account (tenant_id, id, account_number, party_id, currency, status, opened_on, branch_code,
          created_at, updated_at)
        select ${tenantId}::uuid, t.id, t.account_number, t.party_id, t.currency, 'active', t.opened_on, t.branch_code,
          ${now}::timestamptz, ${now}::timestamptz
        from unnest(
          ${newAccounts.map(({ row }) => accountIds.get(row.account.accountNumber) ?? newId())}::uuid[],
          ${newAccounts.map(({ row }) => row.account.accountNumber)}::text[],
          ${newAccounts.map(({ row }) => partyIds.get(row.party.reference))}::uuid[],
          ${newAccounts.map(({ row }) => row.account.currency ?? tenant.currency)}::text[],
          ${newAccounts.map(({ row }) => row.account.openedOn)}::date[],
          ${newAccounts.map(({ row }) => row.account.branch)}::text[]
        ) as t(id, account_number, party_id, currency, opened_on, branch_code)
        on conflict (tenant_id, account_number)
        ${updateChanged('account', present.has('branch') ? ['branch_code'] : [])}
        returning id, account_number`,
  );
  tally(counts.accounts, upsertedAccounts, (account) => accountIds.has(account.accountNumber));
  for (const account of upsertedAccounts) accountIds.set(account.accountNumber, account.id);

  // Premises, parents in the same statement (foreign keys are checked at its end).
  const placed = accepted.filter(({ row }) => row.servicePoint !== null);
  const newPremises = firstByKey(placed, ({ row }) => row.servicePoint?.premiseReference ?? '');
  const premiseIds = new Map(premiseIdByRef);
  for (const { row } of newPremises) {
    const reference = row.servicePoint?.premiseReference ?? '';
    if (!premiseIds.has(reference)) premiseIds.set(reference, newId());
  }
  const premiseUpdates: [string, CustomerColumn][] = [
    ['address_line1', 'address_line1'],
    ['address_line2', 'address_line2'],
    ['city', 'city'],
    ['postal_code', 'postal_code'],
    ['country', 'country'],
    ['parent_premise_id', 'parent_premise_reference'],
  ];
  const premiseSpots = newPremises.map(({ row }) => row.servicePoint).filter((spot) => spot !== null);
  const upsertedPremises = await rows<{ id: string; reference: string }>(
    trx,
    sql`insert into premise (tenant_id, id, reference, parent_premise_id, address_line1, address_line2, city,
          postal_code, country, created_at, updated_at)
        select ${tenantId}::uuid, t.id, t.reference, t.parent_premise_id, t.address_line1, t.address_line2, t.city,
          t.postal_code, t.country, ${now}::timestamptz, ${now}::timestamptz
        from unnest(
          ${premiseSpots.map((spot) => premiseIds.get(spot.premiseReference))}::uuid[],
          ${premiseSpots.map((spot) => spot.premiseReference)}::text[],
          ${premiseSpots.map((spot) => (spot.parentPremiseReference ? premiseIds.get(spot.parentPremiseReference) : null))}::uuid[],
          ${premiseSpots.map((spot) => spot.addressLine1)}::text[],
          ${premiseSpots.map((spot) => spot.addressLine2)}::text[],
          ${premiseSpots.map((spot) => spot.city)}::text[],
          ${premiseSpots.map((spot) => spot.postalCode)}::text[],
          ${premiseSpots.map((spot) => spot.country)}::text[]
        ) as t(id, reference, parent_premise_id, address_line1, address_line2, city, postal_code, country)
        on conflict (tenant_id, reference) where reference is not null
        ${updateChanged(
          'premise',
          premiseUpdates.filter(([, column]) => present.has(column)).map(([name]) => name),
        )}
        returning id, reference`,
  );
  tally(counts.premises, upsertedPremises, (premise) => premiseIdByRef.has(premise.reference));
  for (const premise of upsertedPremises) premiseIds.set(premise.reference, premise.id);

  // Service points: one per premise and kind.
  const newPoints = firstByKey(
    placed,
    ({ row }) => `${row.servicePoint?.premiseReference} ${row.servicePoint?.serviceKind}`,
  )
    .map(({ row }) => row.servicePoint)
    .filter((spot) => spot !== null)
    .filter((spot) => !servicePointByKey.has(`${spot.premiseReference} ${spot.serviceKind}`));
  const createdPoints = await rows<{ id: string; premiseId: string; kind: string }>(
    trx,
    sql`insert into service_point (tenant_id, id, premise_id, kind, created_at)
        select ${tenantId}::uuid, t.id, t.premise_id, t.kind, ${now}::timestamptz
        from unnest(
          ${newPoints.map(() => newId())}::uuid[],
          ${newPoints.map((spot) => premiseIds.get(spot.premiseReference))}::uuid[],
          ${newPoints.map((spot) => spot.serviceKind)}::text[]
        ) as t(id, premise_id, kind)
        on conflict (tenant_id, premise_id, kind) do nothing
        returning id, premise_id, kind`,
  );
  counts.servicePoints.created += createdPoints.length;
  const referenceOfPremise = new Map([...premiseIds].map(([reference, id]) => [id, reference]));
  const pointIds = new Map([...servicePointByKey].map(([key, point]) => [key, point.id]));
  for (const point of createdPoints) pointIds.set(`${referenceOfPremise.get(point.premiseId)} ${point.kind}`, point.id);

  // Agreements: the account is supplied at the service point from the day it opened.
  const pointKeyOf = (spot: NonNullable<LinedRow['row']['servicePoint']>) =>
    `${spot.premiseReference} ${spot.serviceKind}`;
  const newAgreements = firstByKey(placed, ({ row }) => (row.servicePoint ? pointKeyOf(row.servicePoint) : '')).filter(
    ({ row }) => row.servicePoint && !servicePointByKey.get(pointKeyOf(row.servicePoint))?.accountId,
  );
  await sql`insert into agreement (tenant_id, id, service_point_id, account_id, start_on, created_at, updated_at)
      select ${tenantId}::uuid, t.id, t.service_point_id, t.account_id, t.start_on, ${now}::timestamptz, ${now}::timestamptz
      from unnest(
        ${newAgreements.map(() => newId())}::uuid[],
        ${newAgreements.map(({ row }) => (row.servicePoint ? pointIds.get(pointKeyOf(row.servicePoint)) : null))}::uuid[],
        ${newAgreements.map(({ row }) => accountIds.get(row.account.accountNumber))}::uuid[],
        ${newAgreements.map(({ row }) => row.account.openedOn)}::date[]
      ) as t(id, service_point_id, account_id, start_on)
      on conflict do nothing`.execute(trx);

  // Meters, and the installation of those not hanging anywhere yet.
  const metered = firstByKey(
    placed.filter(({ row }) => row.meter !== null),
    ({ row }) => row.meter?.serial ?? '',
  );
  const meterUpdates: [string, CustomerColumn][] = [
    ['kind', 'meter_kind'],
    ['unit', 'meter_unit'],
    ['digits', 'meter_digits'],
    ['multiplier', 'meter_multiplier'],
  ];
  const meterIds = new Map(meters.map((meter) => [meter.serial, meter.id]));
  const upsertedMeters = await rows<{ id: string; serial: string }>(
    trx,
    sql`insert into meter (tenant_id, id, serial, kind, unit, digits, multiplier, status, created_at, updated_at)
        select ${tenantId}::uuid, t.id, t.serial, t.kind, t.unit, t.digits, t.multiplier, 'installed',
          ${now}::timestamptz, ${now}::timestamptz
        from unnest(
          ${metered.map(({ row }) => meterIds.get(row.meter?.serial ?? '') ?? newId())}::uuid[],
          ${metered.map(({ row }) => row.meter?.serial)}::text[],
          ${metered.map(({ row }) => row.meter?.kind)}::text[],
          ${metered.map(({ row }) => row.meter?.unit)}::text[],
          ${metered.map(({ row }) => row.meter?.digits)}::int[],
          ${metered.map(({ row }) => row.meter?.multiplier)}::numeric[]
        ) as t(id, serial, kind, unit, digits, multiplier)
        on conflict (tenant_id, serial)
        ${updateChanged(
          'meter',
          meterUpdates.filter(([, column]) => present.has(column)).map(([name]) => name),
        )}
        returning id, serial`,
  );
  tally(counts.meters, upsertedMeters, (meter) => meterIds.has(meter.serial));
  for (const meter of upsertedMeters) meterIds.set(meter.serial, meter.id);

  const toInstall = metered.filter(({ row }) => row.meter && meterBySerial.get(row.meter.serial)?.reference == null);
  if (toInstall.length > 0) {
    const installMeterIds = toInstall.map(({ row }) => meterIds.get(row.meter?.serial ?? ''));
    await sql`update meter set status = 'installed', updated_at = ${now}::timestamptz
        where tenant_id = ${tenantId} and id = any(${installMeterIds}::uuid[]) and status <> 'installed'`.execute(trx);
    await sql`with installed as (
          insert into meter_installation (tenant_id, id, meter_id, service_point_id, installed_on, install_reading)
          select ${tenantId}::uuid, t.id, t.meter_id, t.service_point_id, t.installed_on, t.install_reading
          from unnest(
            ${toInstall.map(() => newId())}::uuid[],
            ${installMeterIds}::uuid[],
            ${toInstall.map(({ row }) => (row.servicePoint ? pointIds.get(pointKeyOf(row.servicePoint)) : null))}::uuid[],
            ${toInstall.map(({ row }) => row.meter?.installedOn)}::date[],
            ${toInstall.map(({ row }) => row.meter?.installReading)}::numeric[]
          ) as t(id, meter_id, service_point_id, installed_on, install_reading)
          on conflict do nothing
          returning meter_id, installed_on, install_reading)
        insert into meter_reading (tenant_id, id, meter_id, read_on, value, source, created_at)
        select ${tenantId}::uuid, r.id, installed.meter_id, installed.installed_on, installed.install_reading, 'install',
          ${now}::timestamptz
        from installed join unnest(${toInstall.map(() => newId())}::uuid[], ${installMeterIds}::uuid[]) as r(id, meter_id)
          on r.meter_id = installed.meter_id`.execute(trx);
  }

  return { committed: accepted.length, rejected, counts };
}

// Deeper than any real building → unit → room chain; stops a corrupt loop from spinning.
const maxBuildingDepth = 64;

/** Whether putting a premise under this building makes it a unit of itself, through any chain. */
function closesLoop(buildingOf: ReadonlyMap<string, string | null>, premise: string, building: string | null): boolean {
  let above = building;
  for (let depth = 0; above !== null && above !== undefined; depth++) {
    if (above === premise || depth > maxBuildingDepth) return true;
    above = buildingOf.get(above) ?? null;
  }
  return false;
}

async function rows<T>(trx: Transaction<Database>, query: RawBuilder<unknown>): Promise<T[]> {
  const result = await (query as RawBuilder<T>).execute(trx);
  return result.rows;
}

const unique = (values: string[]) => [...new Set(values)];

function firstByKey(batch: readonly LinedRow[], keyOf: (row: LinedRow) => string): LinedRow[] {
  const seen = new Set<string>();
  return batch.filter((row) => {
    const key = keyOf(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Changes only what the file changes: a row whose values equal the stored ones is left alone (and
// not returned, so it is counted neither created nor updated).
function updateChanged(table: string, columns: readonly string[]): RawBuilder<unknown> {
  if (columns.length === 0) return sql`do nothing`;
  const target = sql.table(table);
  const assignments = columns.map((column) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`);
  const stored = columns.map((column) => sql`${target}.${sql.ref(column)}`);
  const incoming = columns.map((column) => sql`excluded.${sql.ref(column)}`);
  return sql`do update set ${sql.join(assignments)}, updated_at = excluded.updated_at
    where (${sql.join(stored)}) is distinct from (${sql.join(incoming)})`;
}

function tally<T>(count: { created: number; updated: number }, written: readonly T[], existed: (row: T) => boolean) {
  for (const row of written) {
    if (existed(row)) count.updated += 1;
    else count.created += 1;
  }
}

function displayNameOf(party: LinedRow['row']['party'], locale: string): string {
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
