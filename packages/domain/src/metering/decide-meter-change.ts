import { fail, ok, type Result } from '../result.ts';
import { readingFitsRegister } from './consumption-across-meters.ts';
import { decideMasterMeter } from './decide-master-meter.ts';

/**
 * Decides a change of a meter's registry data. Its kind (the register it occupies) and its
 * stock status change only while it hangs nowhere; a new master meter must not close a loop
 * (`masterChain`: the new master and its masters upward, needed only when the master changes);
 * fewer digits must still show every reading taken (`readingValues`, needed only when the
 * digits change).
 */
export function decideMeterChange({
  meterId,
  current,
  changes,
  masterChain = [],
  readingValues = [],
}: {
  readonly meterId: string;
  readonly current: { readonly kind: string; readonly status: string; readonly digits: number };
  readonly changes: {
    readonly kind?: string | undefined;
    readonly status?: string | undefined;
    readonly digits?: number | undefined;
    readonly parentMeterId?: string | null | undefined;
  };
  readonly masterChain?: readonly string[];
  readonly readingValues?: readonly string[];
}): Result<
  undefined,
  'meter_still_installed' | 'meter_not_found' | 'meter_cannot_be_its_own_master' | 'reading_exceeds_register'
> {
  const isInstalled = current.status === 'installed';
  if (isInstalled && changes.status !== undefined) {
    return fail('meter_still_installed', 'Remove the meter before putting it in stock or retiring it');
  }
  if (isInstalled && changes.kind !== undefined && changes.kind !== current.kind) {
    return fail('meter_still_installed', 'Remove the meter before changing its kind');
  }
  if (changes.parentMeterId) {
    const master = decideMasterMeter({ meterId, parentMeterId: changes.parentMeterId, chain: masterChain });
    if (!master.ok) return master;
  }
  const digits = changes.digits;
  if (digits !== undefined && digits < current.digits) {
    const unshown = readingValues.find((value) => !readingFitsRegister(value, digits));
    if (unshown !== undefined) {
      return fail('reading_exceeds_register', `The reading ${unshown} needs more than ${digits} digits`);
    }
  }
  return ok(undefined);
}
