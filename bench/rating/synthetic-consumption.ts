/**
 * Monthly water consumption per account in litres (m³ with 3 decimals), the same for the same
 * seed so every run rates the same bills. About 1% of accounts consume nothing (vacant
 * dwellings) and 30% are read in whole m³ (mechanical meters), which puts many accounts
 * exactly on a tier boundary; the rest spread over 0–50 m³, most of them in tier 2.
 */
export function syntheticConsumption({ count, seed }: { count: number; seed: number }): Int32Array {
  const random = mulberry32(seed);
  const consumptionLitres = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    if (random() < 0.01) continue;
    // The mean of three uniform draws: a bell over the range, thin at both ends.
    const litres = Math.floor(((random() + random() + random()) / 3) * 50_000);
    consumptionLitres[index] = random() < 0.3 ? Math.round(litres / 1000) * 1000 : litres;
  }
  return consumptionLitres;
}

// A small seeded generator (mulberry32): reproducible data without a dependency.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
