import { exclusiveEndOf } from '../../calendar/date-range.ts';
import { fail, ok, type Result } from '../../result.ts';

/**
 * One agreement on a service point: from its first day to its last day, both served; open when
 * endOn is null. Stored and shown this way; `rangeFromInclusive` gives its half-open range.
 */
export interface AgreementSpan {
  readonly id: string;
  readonly accountId: string;
  /** YYYY-MM-DD */
  readonly startOn: string;
  /** YYYY-MM-DD, the last day served; null while the agreement runs. */
  readonly endOn: string | null;
}

/**
 * A change of occupant at a service point on a day: a move-in starts an agreement on that
 * day; a move-out makes it the last day of the running agreement; a transfer does both,
 * the new account starting the next day.
 */
export type AgreementOperation =
  | { readonly kind: 'move_in'; readonly accountId: string; readonly on: string }
  | { readonly kind: 'move_out'; readonly on: string }
  | { readonly kind: 'transfer'; readonly accountId: string; readonly on: string };

/** What to write: the running agreement to end, and the agreement to start. */
export interface AgreementChange {
  readonly ended: { readonly id: string; readonly accountId: string; readonly endOn: string } | null;
  readonly started: { readonly accountId: string; readonly startOn: string } | null;
}

export type AgreementChangeError = 'agreement_overlaps' | 'move_out_before_move_in' | 'service_point_vacant';

/**
 * Decides a move-in, move-out or transfer against a service point's agreements so that no
 * two agreements share a day. End dates are inclusive, so a transfer on D keeps the point
 * served without a gap: the leaving account's last day is D, the new account's first is D+1.
 */
export function decideAgreementChange(
  existing: readonly AgreementSpan[],
  operation: AgreementOperation,
): Result<AgreementChange, AgreementChangeError> {
  if (operation.kind === 'move_in') {
    const clash = existing.find((span) => span.endOn === null || span.endOn >= operation.on);
    if (clash) {
      return fail(
        'agreement_overlaps',
        clash.endOn === null
          ? `An agreement from ${clash.startOn} is still running; move it out first`
          : `An agreement runs from ${clash.startOn} to ${clash.endOn}`,
      );
    }
    return ok({ ended: null, started: { accountId: operation.accountId, startOn: operation.on } });
  }
  const running = existing.find((span) => span.endOn === null);
  if (!running) return fail('service_point_vacant', 'No agreement is running at this service point');
  if (operation.on < running.startOn) {
    return fail('move_out_before_move_in', `The running agreement starts on ${running.startOn}`);
  }
  const ended = { id: running.id, accountId: running.accountId, endOn: operation.on };
  if (operation.kind === 'move_out') return ok({ ended, started: null });
  return ok({ ended, started: { accountId: operation.accountId, startOn: exclusiveEndOf(operation.on) } });
}

/** The agreements after a decided change, in start order; `newId` names the started one. */
export function applyAgreementChange(
  existing: readonly AgreementSpan[],
  change: AgreementChange,
  newId: string,
): AgreementSpan[] {
  const ended = change.ended;
  const kept = existing.map((span) => (ended && span.id === ended.id ? { ...span, endOn: ended.endOn } : span));
  const started = change.started && {
    id: newId,
    accountId: change.started.accountId,
    startOn: change.started.startOn,
    endOn: null,
  };
  return (started ? [...kept, started] : kept).sort((a, b) =>
    a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0,
  );
}
