/**
 * Splits a whole number of minor units over weights in proportion, by largest remainder:
 * each part gets its floor share, then the units left over go one each to the parts with
 * the largest remainders (earlier parts first on ties). The parts always sum to the total.
 * Russian ЕПД: 3,000.00 over 2,000 / 1,200 / 800 → 1,500.00 / 900.00 / 600.00.
 */
export function allocateByWeights(totalMinor: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.some((weight) => weight < 0n)) throw new RangeError('Weights must not be negative');
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum === 0n) {
    if (totalMinor !== 0n) throw new RangeError('Cannot allocate a non-zero amount over zero weights');
    return weights.map(() => 0n);
  }
  const negative = totalMinor < 0n;
  const total = negative ? -totalMinor : totalMinor;
  const shares = weights.map((weight, index) => ({
    index,
    floor: (total * weight) / weightSum,
    remainder: (total * weight) % weightSum,
  }));
  let leftover = total - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  const parts = shares.map((share) => share.floor);
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    parts[share.index] = (parts[share.index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return negative ? parts.map((part) => -part) : parts;
}
