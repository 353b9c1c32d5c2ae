import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type AgreementOperation,
  type AgreementSpan,
  applyAgreementChange,
  decideAgreementChange,
} from './agreement-timeline.ts';

// Any sequence of move-ins, move-outs and transfers, accepted or refused, leaves a service
// point's agreements without a shared day, and every transfer leaves no gap.

const base = Temporal.PlainDate.from('2024-02-20');
const day = (offset: number) => base.add({ days: offset }).toString();

const operation: fc.Arbitrary<AgreementOperation> = fc.oneof(
  fc.record({
    kind: fc.constant('move_in' as const),
    accountId: fc.constantFrom('a', 'b', 'c'),
    on: fc.nat(60).map(day),
  }),
  fc.record({ kind: fc.constant('move_out' as const), on: fc.nat(60).map(day) }),
  fc.record({
    kind: fc.constant('transfer' as const),
    accountId: fc.constantFrom('a', 'b', 'c'),
    on: fc.nat(60).map(day),
  }),
);

const lastDay = (span: AgreementSpan) => span.endOn ?? '9999-12-31';
const sharesADay = (a: AgreementSpan, b: AgreementSpan) => a.startOn <= lastDay(b) && b.startOn <= lastDay(a);

describe('decideAgreementChange', () => {
  it('never lets two agreements of a service point share a day, and transfers leave no gap', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
        let timeline: AgreementSpan[] = [];
        operations.forEach((each, index) => {
          const decided = decideAgreementChange(timeline, each);
          if (!decided.ok) return;
          timeline = applyAgreementChange(timeline, decided.value, `g${index}`);
          for (const [i, a] of timeline.entries()) {
            expect(a.endOn === null || a.endOn >= a.startOn).toBe(true);
            for (const b of timeline.slice(i + 1)) expect(sharesADay(a, b)).toBe(false);
          }
          expect(timeline.filter((span) => span.endOn === null).length).toBeLessThanOrEqual(1);
          if (each.kind === 'transfer') {
            const { ended, started } = decided.value;
            expect(ended?.endOn).toBe(each.on);
            expect(started && Temporal.PlainDate.from(started.startOn).subtract({ days: 1 }).toString()).toBe(each.on);
          }
        });
      }),
    );
  });

  it('accepts a move-in exactly when the point is free from that day on', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 20 }), fc.nat(60).map(day), (operations, on) => {
        let timeline: AgreementSpan[] = [];
        operations.forEach((each, index) => {
          const decided = decideAgreementChange(timeline, each);
          if (decided.ok) timeline = applyAgreementChange(timeline, decided.value, `g${index}`);
        });
        const decided = decideAgreementChange(timeline, { kind: 'move_in', accountId: 'z', on });
        const isFree = timeline.every((span) => span.endOn !== null && span.endOn < on);
        expect(decided.ok).toBe(isFree);
        if (!decided.ok) expect(decided.code).toBe('agreement_overlaps');
      }),
    );
  });
});

describe('agreement changes on fixed dates', () => {
  const running: AgreementSpan = { id: 'g1', accountId: 'a', startOn: '2024-02-29', endOn: null };

  it('ends the running agreement on the move-out day and starts the transfer the next day, across a leap day', () => {
    const decided = decideAgreementChange([{ ...running, startOn: '2024-02-01' }], {
      kind: 'transfer',
      accountId: 'b',
      on: '2024-02-28',
    });
    expect(decided).toEqual({
      ok: true,
      value: {
        ended: { id: 'g1', accountId: 'a', endOn: '2024-02-28' },
        started: { accountId: 'b', startOn: '2024-02-29' },
      },
    });
  });

  it('allows a one-day agreement and refuses a move-out before the move-in', () => {
    expect(decideAgreementChange([running], { kind: 'move_out', on: '2024-02-29' }).ok).toBe(true);
    expect(decideAgreementChange([running], { kind: 'move_out', on: '2024-02-28' })).toMatchObject({
      ok: false,
      code: 'move_out_before_move_in',
    });
  });

  it('refuses a move-in on the last day of the previous agreement, accepts it the day after', () => {
    const ended = [{ ...running, endOn: '2024-03-10' }];
    expect(decideAgreementChange(ended, { kind: 'move_in', accountId: 'b', on: '2024-03-10' })).toMatchObject({
      ok: false,
      code: 'agreement_overlaps',
    });
    expect(decideAgreementChange(ended, { kind: 'move_in', accountId: 'b', on: '2024-03-11' }).ok).toBe(true);
  });

  it('refuses a move-out or transfer at a vacant service point', () => {
    expect(decideAgreementChange([], { kind: 'move_out', on: '2024-03-01' })).toMatchObject({
      ok: false,
      code: 'service_point_vacant',
    });
  });
});
