import type { Account, Agreement, OverviewMeter } from '@utilis/contracts';
import { describe, expect, it } from 'vitest';
import { partyTimeline, type TimelineFacts } from './party-timeline.ts';

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
});
