import { describe, expect, it } from 'vitest';
import { decideMasterMeter, maxMasterDepth } from './decide-master-meter.ts';

// A sub-meter hangs under a master that exists, and never under itself or its own sub-meters.
describe('decideMasterMeter', () => {
  it('lets a flat meter sit under a riser under a building meter', () => {
    expect(decideMasterMeter({ meterId: 'flat', parentMeterId: 'riser', chain: ['riser', 'building'] }).ok).toBe(true);
  });

  it('lets a new meter sit under any existing master', () => {
    expect(decideMasterMeter({ meterId: null, parentMeterId: 'riser', chain: ['riser', 'building'] }).ok).toBe(true);
  });

  it('refuses a master that does not exist', () => {
    expect(decideMasterMeter({ meterId: null, parentMeterId: 'gone', chain: [] })).toMatchObject({
      ok: false,
      code: 'meter_not_found',
    });
  });

  it('refuses the meter itself and its sub-meters at any depth as its master', () => {
    expect(decideMasterMeter({ meterId: 'building', parentMeterId: 'building', chain: ['building'] })).toMatchObject({
      code: 'meter_cannot_be_its_own_master',
    });
    expect(
      decideMasterMeter({ meterId: 'building', parentMeterId: 'flat', chain: ['flat', 'riser', 'building'] }),
    ).toMatchObject({ code: 'meter_cannot_be_its_own_master' });
  });

  it('refuses a chain longer than any building has: a loop already in the data', () => {
    const chain = Array.from({ length: maxMasterDepth + 2 }, (_, index) => `m${index}`);
    expect(decideMasterMeter({ meterId: 'new', parentMeterId: 'm0', chain })).toMatchObject({
      code: 'meter_cannot_be_its_own_master',
    });
    expect(decideMasterMeter({ meterId: 'new', parentMeterId: 'm0', chain: chain.slice(0, -1) }).ok).toBe(true);
  });
});
