import { fail, ok, type Result } from '../result.ts';

/** Deeper than any real building → riser → unit chain; a longer chain is a corrupt loop. */
export const maxMasterDepth = 64;

/**
 * Decides whether a meter may sit under a master meter, given the master's chain upward (the
 * master first, then its master, …; the caller loads at most maxMasterDepth + 2 of them). The
 * master must exist and be neither the meter itself nor one of its sub-meters at any depth: a
 * loop would count consumption forever. A new meter (meterId null) can close no loop.
 */
export function decideMasterMeter({
  meterId,
  parentMeterId,
  chain,
}: {
  readonly meterId: string | null;
  readonly parentMeterId: string;
  readonly chain: readonly string[];
}): Result<undefined, 'meter_not_found' | 'meter_cannot_be_its_own_master'> {
  if (chain[0] !== parentMeterId) return fail('meter_not_found', `No master meter ${parentMeterId}`);
  if ((meterId !== null && chain.includes(meterId)) || chain.length > maxMasterDepth + 1) {
    return fail('meter_cannot_be_its_own_master');
  }
  return ok(undefined);
}
