import type { Agreement, OverviewMeter, PartyOverview, Tenant } from '@utilis/contracts';
import { todayIn } from '@utilis/domain';
import { Temporal } from 'temporal-polyfill';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { metersAtServicePoints } from '../../metering/index.ts';
import { selectAccounts, toAccount } from '../accounts/account-dto.ts';
import { toAgreement } from '../agreements/agreement-dto.ts';
import { findParty } from '../parties/index.ts';
import { toPremise, toServicePoint } from '../premises/premise-dto.ts';
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
 * Everything the back office shows about one customer, in one read: only the accounts of the
 * caller's branches (and what hangs off them), and the party's audit trail only for a caller who
 * may read the tenant's audit trail.
 */
export async function findPartyOverview(
  { db }: Pick<UseCaseDeps, 'db'>,
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
  const party = await findParty({ db }, { tenantId, partyId });
  if (!party) return undefined;
  return withTenant(db, tenantId, async (trx) => {
    const accounts = (
      await selectAccounts(trx, tenantId, branches)
        .where('account.partyId', '=', partyId)
        .orderBy('account.openedOn')
        .orderBy('account.id')
        .execute()
    ).map(toAccount);
    const accountIds = accounts.map((account) => account.id);
    const agreements = accountIds.length
      ? (
          await trx
            .selectFrom('agreement')
            .selectAll()
            .where('tenantId', '=', tenantId)
            .where('accountId', 'in', accountIds)
            .execute()
        )
          .map(toAgreement)
          .sort(byRecency)
      : [];
    const agreementIds = agreements.map((agreement) => agreement.id);
    const servicePointIds = [...new Set(agreements.map((agreement) => agreement.servicePointId))];

    const servicePoints = servicePointIds.length
      ? await trx
          .selectFrom('servicePoint')
          .selectAll()
          .where('tenantId', '=', tenantId)
          .where('id', 'in', servicePointIds)
          .orderBy('kind')
          .execute()
      : [];
    const premiseIds = [...new Set(servicePoints.map((point) => point.premiseId))];
    const premiseRows = premiseIds.length
      ? await trx
          .selectFrom('premise')
          .selectAll()
          .where('tenantId', '=', tenantId)
          .where('id', 'in', premiseIds)
          .orderBy('addressLine1')
          .orderBy('id')
          .execute()
      : [];
    const premises = premiseRows.map((row) => ({
      ...toPremise(row),
      servicePoints: servicePoints.filter((point) => point.premiseId === row.id).map(toServicePoint),
    }));

    const changes = agreementIds.length
      ? await trx
          .selectFrom('agreementChange')
          .select(['id', 'kind', 'changedOn', 'servicePointId', 'endedAgreementId', 'startedAgreementId', 'createdAt'])
          .where('tenantId', '=', tenantId)
          .where((eb) =>
            eb.or([eb('startedAgreementId', 'in', agreementIds), eb('endedAgreementId', 'in', agreementIds)]),
          )
          .execute()
      : [];

    // Only meters that hung there while this customer was served: not the previous occupant's.
    const meters = (await metersAtServicePoints(trx, { tenantId, servicePointIds })).filter((meter) =>
      coversAgreement(meter, agreements),
    );

    const auditRows = canReadAudit
      ? await trx
          .selectFrom('auditEvent')
          .select(['id', 'action', 'occurredAt', 'actorLabel'])
          .where('tenantId', '=', tenantId)
          .where('entityType', '=', 'party')
          .where('entityId', '=', partyId)
          .orderBy('sequence', 'desc')
          .limit(maxPartyAuditEvents)
          .execute()
      : [];
    const partyAudit = auditRows.map((row) => ({
      id: row.id,
      action: row.action,
      at: row.occurredAt.toISOString(),
      on: todayIn({
        instant: Temporal.Instant.fromEpochMilliseconds(row.occurredAt.getTime()),
        timeZone: tenant.timeZone,
      }).toString(),
      actorLabel: row.actorLabel,
    }));

    const timeline = partyTimeline({
      accounts,
      agreements,
      changes: changes.map((change) => ({ ...change, createdAt: change.createdAt.toISOString() })),
      premiseOf: new Map(servicePoints.map((point) => [point.id, point.premiseId])),
      meters,
      partyAudit,
    });
    // No ledger yet: balances arrive with billing, one per account.
    return { party, accounts, premises, agreements, meters, balances: [], timeline };
  });
}
