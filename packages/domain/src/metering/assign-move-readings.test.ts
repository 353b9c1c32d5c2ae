import { describe, expect, it } from 'vitest';
import { assignMoveReadings } from './assign-move-readings.ts';

// Readings given with a move land on the meter they name; the rest stay with the agreement change.
const kinds = ['water_cold', 'water_hot', 'electricity'];
const cold = { id: 'cold', serial: 'WM-1', kind: 'water_cold', digits: 5 };
const hot = { id: 'hot', serial: 'WM-2', kind: 'water_hot', digits: 5 };

describe('assignMoveReadings', () => {
  it('finds a meter by serial first, then by kind', () => {
    expect(
      assignMoveReadings(
        [cold, hot],
        [
          { register: 'WM-2', value: '10' },
          { register: 'water_cold', value: '20' },
        ],
        kinds,
      ),
    ).toEqual([
      { meterId: 'hot', value: '10' },
      { meterId: 'cold', value: '20' },
    ]);
  });

  it('gives a register naming no kind to the only meter there, and to none of two', () => {
    expect(assignMoveReadings([cold], [{ register: 'main', value: '7' }], kinds)).toEqual([
      { meterId: 'cold', value: '7' },
    ]);
    expect(assignMoveReadings([cold, hot], [{ register: 'main', value: '7' }], kinds)).toEqual([]);
  });

  it('keeps out a reading of a kind not installed and one the register cannot show', () => {
    expect(assignMoveReadings([cold], [{ register: 'electricity', value: '7' }], kinds)).toEqual([]);
    expect(assignMoveReadings([cold], [{ register: 'WM-1', value: '100000' }], kinds)).toEqual([]);
  });
});
