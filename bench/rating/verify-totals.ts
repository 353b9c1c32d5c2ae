import { Decimal } from 'decimal.js';
import { tariff } from './benchmark-plan.ts';

// Wide enough that no product or sum of the tariff's numbers is ever rounded before the cents.
const Exact = Decimal.clone({ precision: 60 });

export interface TotalsMismatch {
  readonly accountIndex: number;
  readonly consumptionM3: string;
  readonly engineMinor: bigint;
  readonly decimalMinor: bigint;
}

export interface TotalsCheck {
  /** Every 100th account-period, plus every one with zero consumption or exactly on a tier boundary. */
  readonly sampleSize: number;
  readonly sampleEngineSumMinor: bigint;
  readonly sampleDecimalSumMinor: bigint;
  readonly mismatches: readonly TotalsMismatch[];
}

/**
 * Recomputes a sample of bills with decimal.js, straight from the tariff's text and without
 * the engine's code, and compares each total to the cent: a fast figure from a broken engine
 * fails here.
 */
export function verifyTotals({
  consumptionLitres,
  totalsMinor,
}: {
  consumptionLitres: Int32Array;
  totalsMinor: BigInt64Array;
}): TotalsCheck {
  const boundaryLitres = new Set<number>([0]);
  for (const tier of tariff.tiers) if (tier.upTo !== null) boundaryLitres.add(Number(tier.upTo) * 1000);
  const mismatches: TotalsMismatch[] = [];
  let sampleSize = 0;
  let sampleEngineSumMinor = 0n;
  let sampleDecimalSumMinor = 0n;
  for (let index = 0; index < consumptionLitres.length; index++) {
    const litres = consumptionLitres[index] ?? 0;
    if (index % 100 !== 0 && !boundaryLitres.has(litres)) continue;
    const engineMinor = totalsMinor[index] ?? 0n;
    const decimalMinor = decimalTotalMinor(litres);
    sampleSize += 1;
    sampleEngineSumMinor += engineMinor;
    sampleDecimalSumMinor += decimalMinor;
    if (engineMinor !== decimalMinor) {
      mismatches.push({
        accountIndex: index,
        consumptionM3: new Exact(litres).div(1000).toFixed(3),
        engineMinor,
        decimalMinor,
      });
    }
  }
  return { sampleSize, sampleEngineSumMinor, sampleDecimalSumMinor, mismatches };
}

/**
 * One full month's bill: each tier, fee and the standing charge rounded half-up to the cent
 * on its own, then VAT on the sum of those rounded amounts, rounded once.
 */
function decimalTotalMinor(litres: number): bigint {
  const quantity = new Exact(litres).div(1000);
  const lineAmounts: Decimal[] = [];
  let lower = new Exact(0);
  for (const tier of tariff.tiers) {
    const upper = tier.upTo === null ? quantity : Exact.min(quantity, tier.upTo);
    const inTier = Exact.max(0, upper.minus(lower));
    lineAmounts.push(toCents(inTier.times(tier.unitPrice)));
    if (tier.upTo === null) break;
    lower = new Exact(tier.upTo);
  }
  lineAmounts.push(toCents(quantity.times(tariff.wastewaterUnitPrice)));
  lineAmounts.push(toCents(quantity.times(tariff.abstractionLevyUnitPrice)));
  // The billing period is a whole calendar month, so the monthly charge is charged once.
  lineAmounts.push(toCents(new Exact(tariff.standingChargePerMonth)));
  const base = Exact.sum(...lineAmounts);
  const vat = toCents(base.times(tariff.vatPercent).div(100));
  return BigInt(base.plus(vat).times(100).toFixed(0));
}

const toCents = (amount: Decimal): Decimal => amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
