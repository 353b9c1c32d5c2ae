import {
  type Account,
  type Agreement,
  type OverviewMeter,
  type ServiceKind,
  serviceKinds,
  type TimelineEvent,
  type TimelineEventKind,
  type TimelineService,
} from '@utilis/contracts';

/** A move-in, move-out or transfer as recorded at a service point. */
export interface RecordedChange {
  readonly id: string;
  readonly kind: 'move_in' | 'move_out' | 'transfer';
  readonly changedOn: string;
  readonly servicePointId: string;
  readonly endedAgreementId: string | null;
  readonly startedAgreementId: string | null;
  readonly createdAt: string;
}

/** A change to the party itself, from the audit trail, dated in the tenant's calendar. */
export interface PartyAuditFact {
  readonly id: string;
  readonly action: string;
  readonly on: string;
  readonly at: string;
  readonly actorLabel: string;
}

export interface TimelineFacts {
  readonly accounts: readonly Account[];
  readonly agreements: readonly Agreement[];
  readonly changes: readonly RecordedChange[];
  /** The premise of each service point named by the agreements. */
  readonly premiseOf: ReadonlyMap<string, string>;
  /** The kind of service of each service point named by the agreements. */
  readonly serviceKindOf: ReadonlyMap<string, ServiceKind>;
  readonly meters: readonly OverviewMeter[];
  readonly partyAudit: readonly PartyAuditFact[];
}

// Within one day, the order a customer's life runs in: opened before moved in, moved out before closed.
const lifecycleRank: Record<TimelineEventKind, number> = {
  party_created: 0,
  party_changed: 1,
  account_opened: 2,
  move_in: 3,
  transfer: 4,
  meter_installed: 5,
  meter_exchanged: 6,
  meter_removed: 7,
  move_out: 8,
  final_bill_requested: 9,
  account_closed: 10,
};

const noReferences: Omit<TimelineEvent, 'on' | 'kind'> = {
  at: null,
  accountId: null,
  agreementId: null,
  agreementChangeId: null,
  servicePointId: null,
  premiseId: null,
  meterId: null,
  replacedMeterId: null,
  auditEventId: null,
  actorLabel: null,
  services: [],
};

// One move of several services (water and sewage at one address, say) is told once, naming them.
const movesOfSeveralServices: ReadonlySet<TimelineEventKind> = new Set([
  'move_in',
  'move_out',
  'transfer',
  'final_bill_requested',
]);

type Place = (
  servicePointId: string,
  refs: { agreementId: string | null; agreementChangeId?: string | null },
) => Pick<TimelineEvent, 'servicePointId' | 'premiseId' | 'services'>;

/**
 * Every event of a customer's life the caller may see, newest first: account openings and
 * closures, moves, final bill requests, meter work at their service points while they were
 * served there, and changes to the party from the audit trail. Each event at a service point
 * names its service; one move of several services of an account at a premise on a day (same
 * operation) is one event naming them all.
 */
export function partyTimeline(facts: TimelineFacts): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const agreementById = new Map(facts.agreements.map((agreement) => [agreement.id, agreement]));
  const place: Place = (servicePointId, { agreementId, agreementChangeId = null }) => {
    const kind = facts.serviceKindOf.get(servicePointId);
    return {
      servicePointId,
      premiseId: facts.premiseOf.get(servicePointId) ?? null,
      services: kind ? [{ servicePointId, kind, agreementId, agreementChangeId }] : [],
    };
  };

  for (const fact of facts.partyAudit) {
    events.push({
      ...noReferences,
      on: fact.on,
      at: fact.at,
      kind: fact.action.endsWith('.create') ? 'party_created' : 'party_changed',
      auditEventId: fact.id,
      actorLabel: fact.actorLabel,
    });
  }

  for (const account of facts.accounts) {
    events.push({ ...noReferences, on: account.openedOn, kind: 'account_opened', accountId: account.id });
    if (account.closedOn) {
      events.push({ ...noReferences, on: account.closedOn, kind: 'account_closed', accountId: account.id });
    }
  }

  // Agreements started or ended by a recorded change are told by that change; any other start or
  // end (an agreement loaded by an import) still appears, as a plain move-in or move-out.
  const toldStarts = new Set<string>();
  const toldEnds = new Set<string>();
  for (const change of facts.changes) {
    const started = change.startedAgreementId ? agreementById.get(change.startedAgreementId) : undefined;
    const ended = change.endedAgreementId ? agreementById.get(change.endedAgreementId) : undefined;
    const ours = started ?? ended;
    if (!ours) continue;
    if (started) toldStarts.add(started.id);
    if (ended) toldEnds.add(ended.id);
    events.push({
      ...noReferences,
      ...place(change.servicePointId, { agreementId: ours.id, agreementChangeId: change.id }),
      on: change.changedOn,
      at: change.createdAt,
      kind: change.kind,
      accountId: ours.accountId,
      agreementId: ours.id,
      agreementChangeId: change.id,
    });
  }
  for (const agreement of facts.agreements) {
    const about = {
      ...place(agreement.servicePointId, { agreementId: agreement.id }),
      accountId: agreement.accountId,
      agreementId: agreement.id,
    };
    if (!toldStarts.has(agreement.id)) {
      events.push({ ...noReferences, ...about, on: agreement.startOn, kind: 'move_in' });
    }
    if (agreement.endOn && !toldEnds.has(agreement.id)) {
      events.push({ ...noReferences, ...about, on: agreement.endOn, kind: 'move_out' });
    }
    if (agreement.finalBillRequestedOn) {
      events.push({ ...noReferences, ...about, on: agreement.finalBillRequestedOn, kind: 'final_bill_requested' });
    }
  }

  events.push(...meterEvents(facts, place));

  return oneEventPerMove(events).sort(
    (a, b) =>
      b.on.localeCompare(a.on) ||
      lifecycleRank[b.kind] - lifecycleRank[a.kind] ||
      (b.at ?? '').localeCompare(a.at ?? ''),
  );
}

/**
 * Installations and removals at the customer's service points on days one of their agreements
 * there covered; a removal and an installation at one service point on one day are an exchange.
 */
function meterEvents(facts: TimelineFacts, place: Place): TimelineEvent[] {
  const agreementOn = (servicePointId: string, on: string) =>
    facts.agreements.find(
      (agreement) =>
        agreement.servicePointId === servicePointId &&
        agreement.startOn <= on &&
        (agreement.endOn === null || on <= agreement.endOn),
    );
  const events: TimelineEvent[] = [];
  const exchangedRemovals = new Set<string>();
  for (const installed of facts.meters) {
    const agreement = agreementOn(installed.servicePointId, installed.installedOn);
    if (!agreement) continue;
    const replaced = facts.meters.find(
      (other) =>
        other.installationId !== installed.installationId &&
        other.servicePointId === installed.servicePointId &&
        other.removedOn === installed.installedOn,
    );
    if (replaced) exchangedRemovals.add(replaced.installationId);
    events.push({
      ...noReferences,
      ...place(installed.servicePointId, { agreementId: agreement.id }),
      on: installed.installedOn,
      kind: replaced ? 'meter_exchanged' : 'meter_installed',
      accountId: agreement.accountId,
      agreementId: agreement.id,
      meterId: installed.meterId,
      replacedMeterId: replaced?.meterId ?? null,
    });
  }
  for (const removed of facts.meters) {
    if (removed.removedOn === null || exchangedRemovals.has(removed.installationId)) continue;
    const agreement = agreementOn(removed.servicePointId, removed.removedOn);
    if (!agreement) continue;
    events.push({
      ...noReferences,
      ...place(removed.servicePointId, { agreementId: agreement.id }),
      on: removed.removedOn,
      kind: 'meter_removed',
      accountId: agreement.accountId,
      agreementId: agreement.id,
      meterId: removed.meterId,
    });
  }
  return events;
}

const serviceOrder = (service: TimelineService) => serviceKinds.indexOf(service.kind);
const leadingService = (event: TimelineEvent) => Math.min(...event.services.map(serviceOrder));

/**
 * Merges the moves of one account at one premise on one day, of one kind, into one event listing
 * their services in the order of service kinds; its single ids are those of the first service.
 */
function oneEventPerMove(events: readonly TimelineEvent[]): TimelineEvent[] {
  const merged: TimelineEvent[] = [];
  const moveAt = new Map<string, number>();
  for (const event of events) {
    if (!movesOfSeveralServices.has(event.kind) || event.premiseId === null) {
      merged.push(event);
      continue;
    }
    const key = [event.kind, event.on, event.accountId, event.premiseId].join(' ');
    const at = moveAt.get(key);
    const earlier = at === undefined ? undefined : merged[at];
    if (at === undefined || earlier === undefined) {
      moveAt.set(key, merged.length);
      merged.push(event);
      continue;
    }
    const first = leadingService(event) < leadingService(earlier) ? event : earlier;
    const services = [...earlier.services, ...event.services].sort((a, b) => serviceOrder(a) - serviceOrder(b));
    merged[at] = { ...first, services };
  }
  return merged;
}
