import { fail, ok, type Result } from '../result.ts';

/**
 * One meter at one service point register over the days [installedOn, removedOn): the removal
 * day belongs to whatever is installed that day, so an exchange on D removes the old meter and
 * installs the new one on D without the two sharing a day. removedOn is null while it hangs.
 */
export interface InstallationSpan {
  readonly id: string;
  readonly meterId: string;
  readonly servicePointId: string;
  /** What the meter measures at the service point; one meter per register at a time. */
  readonly register: string;
  /** YYYY-MM-DD */
  readonly installedOn: string;
  /** YYYY-MM-DD, or null while installed. */
  readonly removedOn: string | null;
}

export type InstallationError =
  | 'meter_already_installed'
  | 'register_already_metered'
  | 'meter_not_installed'
  | 'meter_removed_before_installed';

/** Whether a span still covers a day on or after `on`: then nothing new may start on `on`. */
const reachesInto = (span: InstallationSpan, on: string) => span.removedOn === null || span.removedOn > on;

/**
 * Decides installing a meter at a service point register from a day on, against the spans of
 * that meter and of that register. The new span runs open-ended, so any span still covering
 * `on` or starting later refuses it: history is only ever extended at its end.
 */
export function decideInstallation(
  existing: readonly InstallationSpan[],
  install: {
    readonly meterId: string;
    readonly servicePointId: string;
    readonly register: string;
    readonly on: string;
  },
): Result<Omit<InstallationSpan, 'id'>, 'meter_already_installed' | 'register_already_metered'> {
  const meterClash = existing.find((span) => span.meterId === install.meterId && reachesInto(span, install.on));
  if (meterClash) {
    return fail(
      'meter_already_installed',
      meterClash.removedOn === null
        ? `The meter is installed since ${meterClash.installedOn}; remove it first`
        : `The meter was installed from ${meterClash.installedOn} to ${meterClash.removedOn}`,
    );
  }
  const registerClash = existing.find(
    (span) =>
      span.servicePointId === install.servicePointId &&
      span.register === install.register &&
      reachesInto(span, install.on),
  );
  if (registerClash) {
    return fail(
      'register_already_metered',
      registerClash.removedOn === null
        ? `Another meter measures ${install.register} here since ${registerClash.installedOn}`
        : `Another meter measured ${install.register} here until ${registerClash.removedOn}`,
    );
  }
  return ok({
    meterId: install.meterId,
    servicePointId: install.servicePointId,
    register: install.register,
    installedOn: install.on,
    removedOn: null,
  });
}

/** Decides removing a meter on a day: the span it hangs in now, ended on that day. */
export function decideRemoval(
  existing: readonly InstallationSpan[],
  removal: { readonly meterId: string; readonly on: string },
): Result<InstallationSpan, 'meter_not_installed' | 'meter_removed_before_installed'> {
  const open = existing.find((span) => span.meterId === removal.meterId && span.removedOn === null);
  if (!open) return fail('meter_not_installed', 'The meter is not installed anywhere');
  if (removal.on < open.installedOn) {
    return fail('meter_removed_before_installed', `The meter was installed on ${open.installedOn}`);
  }
  return ok({ ...open, removedOn: removal.on });
}

/**
 * Decides a meter exchange on one day: the old meter removed on D and the new one installed
 * on D at the same service point, in the old meter's register unless another is given.
 */
export function decideExchange(
  existing: readonly InstallationSpan[],
  exchange: {
    readonly oldMeterId: string;
    readonly newMeterId: string;
    readonly register?: string;
    readonly on: string;
  },
): Result<{ removed: InstallationSpan; installed: Omit<InstallationSpan, 'id'> }, InstallationError> {
  const removed = decideRemoval(existing, { meterId: exchange.oldMeterId, on: exchange.on });
  if (!removed.ok) return removed;
  const afterRemoval = existing.map((span) => (span.id === removed.value.id ? removed.value : span));
  const installed = decideInstallation(afterRemoval, {
    meterId: exchange.newMeterId,
    servicePointId: removed.value.servicePointId,
    register: exchange.register ?? removed.value.register,
    on: exchange.on,
  });
  if (!installed.ok) return installed;
  return ok({ removed: removed.value, installed: installed.value });
}

/** Whether two spans share a day (an empty span, removed the day it was installed, shares none). */
export function installationsShareADay(a: InstallationSpan, b: InstallationSpan): boolean {
  const aEnd = a.removedOn ?? '9999-12-31';
  const bEnd = b.removedOn ?? '9999-12-31';
  return a.installedOn < bEnd && b.installedOn < aEnd && a.installedOn < aEnd && b.installedOn < bEnd;
}
