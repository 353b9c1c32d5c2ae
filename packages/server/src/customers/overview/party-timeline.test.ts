import type { Account, Agreement, OverviewMeter } from '@utilis/contracts';
import { describe, expect, it } from 'vitest';
import { partyTimeline, type RecordedChange, type TimelineFacts } from './party-timeline.ts';

// The timeline from plain facts: agreements loaded without a recorded change still tell their
// moves, and meter work counts only on days the customer was served at that service point.
const account = { id: 'a1', openedOn: '2024-01-01', closedOn: null } as Account;
const agreement = {
  id: 'g1',
  accountId: 'a1',
  servicePointId: 'sp1',
  startOn: '2024-03-01',
  endOn: '2024-09-30',
  finalBillRequestedOn: null,
} as Agreement;
const meter = (installationId: string, installedOn: string, removedOn: string | null): OverviewMeter => ({
  installationId,
  meterId: `m-${installationId}`,
  serial: installationId,
  kind: 'water_cold',
  unit: 'm3',
  servicePointId: 'sp1',
  installedOn,
  removedOn,
  installReading: '0',
  removalReading: removedOn ? '10' : null,
});
const facts = (overrides: Partial<TimelineFacts>): TimelineFacts => ({
  accounts: [account],
  agreements: [agreement],
  changes: [],
  premiseOf: new Map([['sp1', 'p1']]),
  serviceKindOf: new Map([['sp1', 'water']]),
  meters: [],
  partyAudit: [],
  ...overrides,
});

describe('partyTimeline', () => {
  it('tells the start and end of an agreement no recorded change made, at its premise', () => {
    const events = partyTimeline(facts({}));
    expect(events.map((event) => [event.on, event.kind, event.premiseId])).toEqual([
      ['2024-09-30', 'move_out', 'p1'],
      ['2024-03-01', 'move_in', 'p1'],
      ['2024-01-01', 'account_opened', null],
    ]);
  });

  it('keeps meter work before the move-in and after the move-out out of the story', () => {
    const events = partyTimeline(
      facts({ meters: [meter('i1', '2023-05-01', '2024-04-15'), meter('i2', '2024-06-01', '2024-10-15')] }),
    );
    expect(events.filter((event) => event.kind.startsWith('meter_')).map((event) => [event.on, event.kind])).toEqual([
      ['2024-06-01', 'meter_installed'],
      ['2024-04-15', 'meter_removed'],
    ]);
  });

  it('orders one day as a life runs, newest first: closed after moved out after moved in after opened', () => {
    const sameDay = { ...agreement, startOn: '2024-01-01', endOn: '2024-01-01', finalBillRequestedOn: '2024-01-01' };
    const events = partyTimeline(facts({ accounts: [{ ...account, closedOn: '2024-01-01' }], agreements: [sameDay] }));
    expect(events.map((event) => event.kind)).toEqual([
      'account_closed',
      'final_bill_requested',
      'move_out',
      'move_in',
      'account_opened',
    ]);
  });

  describe('moves of several services', () => {
    // One flat with water, sewage and electricity: the customer moves in to all three on one day,
    // and later moves out of them (electricity a day later, on its own).
    const points = { water: 'sp-water', sewage: 'sp-sewage', electricity: 'sp-power' } as const;
    const served = (kind: keyof typeof points, endOn: string | null = null): Agreement =>
      ({
        id: `g-${kind}`,
        accountId: 'a1',
        servicePointId: points[kind],
        startOn: '2025-04-01',
        endOn,
        finalBillRequestedOn: null,
      }) as Agreement;
    const recorded = (
      kind: RecordedChange['kind'],
      service: keyof typeof points,
      changedOn: string,
      agreement: { started?: string; ended?: string },
    ): RecordedChange => ({
      id: `c-${kind}-${service}`,
      kind,
      changedOn,
      servicePointId: points[service],
      startedAgreementId: agreement.started ?? null,
      endedAgreementId: agreement.ended ?? null,
      createdAt: `${changedOn}T09:00:00.000Z`,
    });
    const flat = (overrides: Partial<TimelineFacts>) =>
      facts({
        premiseOf: new Map([
          [points.water, 'flat'],
          [points.sewage, 'flat'],
          [points.electricity, 'flat'],
        ]),
        serviceKindOf: new Map([
          [points.water, 'water'],
          [points.sewage, 'sewage'],
          [points.electricity, 'electricity'],
        ]),
        ...overrides,
      });

    it('names the service of a move at one service point', () => {
      const [moveIn] = partyTimeline(facts({})).filter((event) => event.kind === 'move_in');
      expect(moveIn?.services).toEqual([
        { servicePointId: 'sp1', kind: 'water', agreementId: 'g1', agreementChangeId: null },
      ]);
    });

    it('tells one move-in of three services on one day once, listing them in the order of service kinds', () => {
      const events = partyTimeline(
        flat({
          agreements: [served('electricity'), served('sewage'), served('water')],
          changes: [
            recorded('move_in', 'electricity', '2025-04-01', { started: 'g-electricity' }),
            recorded('move_in', 'sewage', '2025-04-01', { started: 'g-sewage' }),
            recorded('move_in', 'water', '2025-04-01', { started: 'g-water' }),
          ],
        }),
      );
      const moves = events.filter((event) => event.kind === 'move_in');
      expect(moves).toHaveLength(1);
      expect(moves[0]).toMatchObject({
        on: '2025-04-01',
        accountId: 'a1',
        premiseId: 'flat',
        servicePointId: points.water,
        agreementId: 'g-water',
        agreementChangeId: 'c-move_in-water',
      });
      expect(
        moves[0]?.services.map((service) => [service.kind, service.agreementId, service.agreementChangeId]),
      ).toEqual([
        ['water', 'g-water', 'c-move_in-water'],
        ['sewage', 'g-sewage', 'c-move_in-sewage'],
        ['electricity', 'g-electricity', 'c-move_in-electricity'],
      ]);
    });

    it('keeps moves apart on other days, of other accounts, at other premises or of another kind', () => {
      const events = partyTimeline(
        flat({
          accounts: [account, { ...account, id: 'a2' } as Account],
          premiseOf: new Map([
            [points.water, 'flat'],
            [points.sewage, 'flat'],
            [points.electricity, 'shop'],
          ]),
          agreements: [
            served('water', '2025-09-30'),
            { ...served('sewage', '2025-10-01'), accountId: 'a2' },
            served('electricity', '2025-09-30'),
          ],
        }),
      );
      const moveOuts = events.filter((event) => event.kind === 'move_out');
      expect(moveOuts.map((event) => [event.on, event.accountId, event.premiseId, event.services.length])).toEqual([
        ['2025-10-01', 'a2', 'flat', 1],
        ['2025-09-30', 'a1', expect.any(String), 1],
        ['2025-09-30', 'a1', expect.any(String), 1],
      ]);
      // Their move-ins, all on one day, stay apart too: a1 at the flat, a1 at the shop, a2 at the flat.
      expect(events.filter((event) => event.kind === 'move_in')).toHaveLength(3);
    });

    it('merges the final bill requests of one move-out, and names the service of meter work', () => {
      const ended = (kind: keyof typeof points) => ({
        ...served(kind, '2025-09-30'),
        finalBillRequestedOn: '2025-10-02',
      });
      const events = partyTimeline(
        flat({
          agreements: [ended('water'), ended('sewage')],
          meters: [{ ...meter('i1', '2025-06-01', null), servicePointId: points.water }],
        }),
      );
      const requests = events.filter((event) => event.kind === 'final_bill_requested');
      expect(requests.map((event) => event.services.map((service) => service.kind))).toEqual([['water', 'sewage']]);
      expect(events.filter((event) => event.kind === 'move_out')).toHaveLength(1);
      expect(events.find((event) => event.kind === 'meter_installed')?.services).toEqual([
        { servicePointId: points.water, kind: 'water', agreementId: 'g-water', agreementChangeId: null },
      ]);
    });
  });
});
