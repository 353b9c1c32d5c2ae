import { describe, expect, it } from 'vitest';
import { decideMeterChange } from './decide-meter-change.ts';

// A meter's registry data changes freely in stock; an installed meter keeps its register and status.
const installed = { kind: 'water_cold', status: 'installed', digits: 5 };
const inStock = { ...installed, status: 'removed' };
const meterId = 'flat';

describe('decideMeterChange', () => {
  it('lets an installed meter change its data and name its kind again', () => {
    expect(decideMeterChange({ meterId, current: installed, changes: { kind: 'water_cold' } }).ok).toBe(true);
  });

  it('refuses a new kind or status while the meter hangs somewhere, and allows both in stock', () => {
    expect(decideMeterChange({ meterId, current: installed, changes: { kind: 'water_hot' } })).toMatchObject({
      code: 'meter_still_installed',
    });
    expect(decideMeterChange({ meterId, current: installed, changes: { status: 'retired' } })).toMatchObject({
      code: 'meter_still_installed',
    });
    expect(decideMeterChange({ meterId, current: inStock, changes: { kind: 'gas', status: 'retired' } }).ok).toBe(true);
  });

  it('refuses a master that is one of its own sub-meters, and clears a master without a check', () => {
    const changes = { parentMeterId: 'riser' };
    expect(decideMeterChange({ meterId, current: inStock, changes, masterChain: ['riser', 'flat'] })).toMatchObject({
      code: 'meter_cannot_be_its_own_master',
    });
    expect(decideMeterChange({ meterId, current: inStock, changes, masterChain: ['riser', 'building'] }).ok).toBe(true);
    expect(decideMeterChange({ meterId, current: inStock, changes: { parentMeterId: null } }).ok).toBe(true);
  });

  it('refuses fewer digits than a reading taken needs, and allows exactly enough', () => {
    const current = inStock;
    expect(
      decideMeterChange({ meterId, current, changes: { digits: 3 }, readingValues: ['12', '1000'] }),
    ).toMatchObject({ code: 'reading_exceeds_register', detail: 'The reading 1000 needs more than 3 digits' });
    expect(decideMeterChange({ meterId, current, changes: { digits: 4 }, readingValues: ['12', '9999.5'] }).ok).toBe(
      true,
    );
  });
});
