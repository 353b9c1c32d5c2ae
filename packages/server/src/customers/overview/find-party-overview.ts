import type { Agreement, OverviewMeter, PartyOverview, Tenant } from '@utilis/contracts';
import { todayIn } from '@utilis/domain';
import type { Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { listEntityEvents } from '../../audit/index.ts';
import type { Database } from '../../db/index.ts';
import { metersAtServicePoints } from '../../metering/index.ts';
import { selectAccounts } from '../accounts/account.sql.ts';
import { toAccount } from '../accounts/account-dto.ts';
import { toAgreement } from '../agreements/agreement-dto.ts';
import { findParty } from '../parties/find-party.ts';
import { toParty } from '../parties/party-dto.ts';
import { selectPremises, selectServicePoints } from '../premises/premise.sql.ts';
import { toPremise, toServicePoint } from '../premises/premise-dto.ts';
import { selectAgreementsOfAccounts, selectChangesOfAgreements } from './party-agreements.sql.ts';
import { partyTimeline } from './party-timeline.ts';

// A party's own audit trail is short; this bounds a pathological one (an integration updating it hourly).
const maxPartyAuditEvents = 500;

// Running agreements first, then the most recently started.
const byRecency = (a: Agreement, b: Agreement) =>
  Number(a.endOn !== null) - Number(b.endOn !== null) || b.startOn.localeCompare(a.startOn) || a.id.localeCompare(b.id);

/** True when an installation [installedOn, removedOn) shares a day with an agreement [startOn, endOn]. */
const coversAgreement = (meter: OverviewMeter, agreements: readonly Agreement[]) =>
  agreements.some(
    (agreement) =>
      agreement.servicePointId === meter.servicePointId &&
      (agreement.endOn === null || meter.installedOn <= agreement.endOn) &&
      (meter.removedOn === null || meter.removedOn > agreement.startOn),
  );

/**
 * Everything the back office shows about one customer, in one read transaction: only the
 * accounts of the caller's branches (and what hangs off them), and the party's audit trail only
 * for a caller who may read the tenant's audit trail. Meters come from the metering context and
 * the party's changes from the audit context, each through what it exports.
 */
export async function findPartyOverview(
  trx: Transaction<Database>,
  {
    tenant,
    partyId,
    branches,
    canReadAudit,
  }: {
    tenant: Pick<Tenant, 'id' | 'timeZone'>;
    partyId: string;
    /** The branches the caller's accounts.read is limited to; null when held tenant-wide. */
    branches: ReadonlySet<string> | null;
    canReadAudit: boolean;
  },
): Promise<PartyOverview | undefined> {
  const tenantId = tenant.id;
  const partyRow = await findParty(trx, { tenantId, partyId });
  if (!partyRow) return undefined;
  const accounts = (
    await selectAccounts(trx, tenantId, branches)
      .where('account.partyId', '=', partyId)
      .orderBy('account.openedOn')
      .orderBy('account.id')
      .execute()
  ).map(toAccount);
  const accountIds = accounts.map((account) => account.id);
  const agreements = (await selectAgreementsOfAccounts(trx, { tenantId, accountIds })).map(toAgreement).sort(byRecency);
  const agreementIds = agreements.map((agreement) => agreement.id);
  const servicePointIds = [...new Set(agreements.map((agreement) => agreement.servicePointId))];

  const servicePoints = await selectServicePoints(trx, { tenantId, servicePointIds });
  const premiseIds = [...new Set(servicePoints.map((point) => point.premiseId))];
  const premises = (await selectPremises(trx, { tenantId, premiseIds })).map((row) => ({
    ...toPremise(row),
    servicePoints: servicePoints.filter((point) => point.premiseId === row.id).map(toServicePoint),
  }));

  const changes = await selectChangesOfAgreements(trx, { tenantId, agreementIds });

  // Only meters that hung there while this customer was served: not the previous occupant's.
  const meters = (await metersAtServicePoints(trx, { tenantId, servicePointIds })).filter((meter) =>
    coversAgreement(meter, agreements),
  );

  const partyEvents = canReadAudit
    ? await listEntityEvents(trx, {
        chainId: tenantId,
        entityType: 'party',
        entityId: partyId,
        limit: maxPartyAuditEvents,
      })
    : [];
  const partyAudit = partyEvents.map((event) => ({
    id: event.id,
    action: event.action,
    at: event.occurredAt.toISOString(),
    on: todayIn({
      instant: Temporal.Instant.fromEpochMilliseconds(event.occurredAt.getTime()),
      timeZone: tenant.timeZone,
    }).toString(),
    actorLabel: event.actorLabel,
  }));

  const timeline = partyTimeline({
    accounts,
    agreements,
    changes: changes.map((change) => ({ ...change, createdAt: change.createdAt.toISOString() })),
    premiseOf: new Map(servicePoints.map((point) => [point.id, point.premiseId])),
    serviceKindOf: new Map(servicePoints.map((point) => [point.id, point.kind])),
    meters,
    partyAudit,
  });
  // No ledger yet: balances arrive with billing, one per account.
  return { party: toParty(partyRow), accounts, premises, agreements, meters, balances: [], timeline };
}
