import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  decideExchange,
  decideInstallation,
  decideRemoval,
  type InstallationSpan,
  installationsShareADay,
} from './meter-installation-timeline.ts';

// Any sequence of installs, removals and exchanges, accepted or refused, leaves every meter in
// at most one place on any day and every service point register with at most one meter a day.

const base = Temporal.PlainDate.from('2024-02-20');
const day = (offset: number) => base.add({ days: offset }).toString();

type Operation =
  | { kind: 'install'; meterId: string; servicePointId: string; register: string; on: string }
  | { kind: 'remove'; meterId: string; on: string }
  | { kind: 'exchange'; oldMeterId: string; newMeterId: string; on: string };

const meterId = fc.constantFrom('m1', 'm2', 'm3', 'm4');
const on = fc.nat(60).map(day);
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('install' as const),
    meterId,
    servicePointId: fc.constantFrom('sp1', 'sp2'),
    register: fc.constantFrom('water_cold', 'water_hot'),
    on,
  }),
  fc.record({ kind: fc.constant('remove' as const), meterId, on }),
  fc.record({ kind: fc.constant('exchange' as const), oldMeterId: meterId, newMeterId: meterId, on }),
);

/** Applies an operation when it is accepted, as the server writes it. */
function apply(timeline: InstallationSpan[], each: Operation, id: string): InstallationSpan[] {
  if (each.kind === 'install') {
    const decided = decideInstallation(timeline, each);
    return decided.ok ? [...timeline, { id, ...decided.value }] : timeline;
  }
  if (each.kind === 'remove') {
    const decided = decideRemoval(timeline, each);
    return decided.ok ? timeline.map((span) => (span.id === decided.value.id ? decided.value : span)) : timeline;
  }
  const decided = decideExchange(timeline, each);
  if (!decided.ok) return timeline;
  const { removed, installed } = decided.value;
  return [...timeline.map((span) => (span.id === removed.id ? removed : span)), { id, ...installed }];
}

const replay = (operations: readonly Operation[]) =>
  operations.reduce<InstallationSpan[]>((timeline, each, index) => apply(timeline, each, `i${index}`), []);

describe('meter installation timeline', () => {
  it('never puts a meter in two places, or two meters in one register, on the same day', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const timeline = replay(operations);
        for (const [i, a] of timeline.entries()) {
          expect(a.removedOn === null || a.removedOn >= a.installedOn).toBe(true);
          for (const b of timeline.slice(i + 1)) {
            if (a.meterId === b.meterId) expect(installationsShareADay(a, b)).toBe(false);
            if (a.servicePointId === b.servicePointId && a.register === b.register) {
              expect(installationsShareADay(a, b)).toBe(false);
            }
          }
        }
        for (const meter of ['m1', 'm2', 'm3', 'm4']) {
          expect(timeline.filter((span) => span.meterId === meter && span.removedOn === null).length).toBeLessThan(2);
        }
      }),
    );
  });

  it('accepts an install exactly when meter and register are free from that day on', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), meterId, on, (operations, meter, installOn) => {
        const timeline = replay(operations);
        const install = { meterId: meter, servicePointId: 'sp1', register: 'water_cold', on: installOn };
        const isFree = timeline.every(
          (span) =>
            (span.meterId !== meter && !(span.servicePointId === 'sp1' && span.register === 'water_cold')) ||
            (span.removedOn !== null && span.removedOn <= installOn),
        );
        expect(decideInstallation(timeline, install).ok).toBe(isFree);
      }),
    );
  });

  it('an accepted exchange leaves the register metered without a gap: removed and installed the same day', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), meterId, meterId, on, (operations, oldId, newId, when) => {
        const timeline = replay(operations);
        const decided = decideExchange(timeline, { oldMeterId: oldId, newMeterId: newId, on: when });
        if (!decided.ok) return;
        const { removed, installed } = decided.value;
        expect(removed.removedOn).toBe(when);
        expect(installed.installedOn).toBe(when);
        expect(installed.servicePointId).toBe(removed.servicePointId);
        expect(installed.register).toBe(removed.register);
      }),
    );
  });
});

describe('meter installation on fixed dates', () => {
  const hanging: InstallationSpan = {
    id: 'i1',
    meterId: 'm1',
    servicePointId: 'sp1',
    register: 'water_cold',
    installedOn: '2024-02-01',
    removedOn: null,
  };

  it('exchanges on a leap day: the old meter removed and the new one installed on 2024-02-29', () => {
    const decided = decideExchange([hanging], { oldMeterId: 'm1', newMeterId: 'm2', on: '2024-02-29' });
    expect(decided).toMatchObject({
      ok: true,
      value: { removed: { removedOn: '2024-02-29' }, installed: { meterId: 'm2', installedOn: '2024-02-29' } },
    });
  });

  it('refuses a second meter in an occupied register, and the same meter twice', () => {
    const second = { meterId: 'm2', servicePointId: 'sp1', register: 'water_cold', on: '2024-03-01' };
    expect(decideInstallation([hanging], second)).toMatchObject({ ok: false, code: 'register_already_metered' });
    expect(decideInstallation([hanging], { ...second, meterId: 'm1', servicePointId: 'sp2' })).toMatchObject({
      ok: false,
      code: 'meter_already_installed',
    });
    expect(decideInstallation([hanging], { ...second, register: 'water_hot' }).ok).toBe(true);
  });

  it('refuses an install before a removed meter left, and a removal before the install', () => {
    const removed = { ...hanging, removedOn: '2024-03-10' };
    const install = { meterId: 'm2', servicePointId: 'sp1', register: 'water_cold', on: '2024-03-09' };
    expect(decideInstallation([removed], install)).toMatchObject({ ok: false, code: 'register_already_metered' });
    expect(decideInstallation([removed], { ...install, on: '2024-03-10' }).ok).toBe(true);
    expect(decideRemoval([hanging], { meterId: 'm1', on: '2024-01-31' })).toMatchObject({
      ok: false,
      code: 'meter_removed_before_installed',
    });
    expect(decideRemoval([removed], { meterId: 'm1', on: '2024-03-11' })).toMatchObject({
      ok: false,
      code: 'meter_not_installed',
    });
  });
});
