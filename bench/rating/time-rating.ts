import { type DateRange, exact, type PricePlan, rate } from '@utilis/domain';

export interface RatingTiming {
  readonly seconds: number;
  /** User + system CPU time of the whole process, V8's background GC threads included. */
  readonly cpuSeconds: number;
  /** Ratings per second of each consecutive chunk, to show warm-up and noise. */
  readonly chunkRatingsPerSecond: readonly number[];
  readonly totalsMinor: BigInt64Array;
}

/**
 * Rates one account-period per consumption on one thread and keeps each bill's total. The
 * timed loop builds each rating input from the consumption, as a bill run would, and calls
 * the public `rate`; generating the consumption is not timed.
 */
export function timeRating({
  plan,
  billingPeriod,
  consumptionLitres,
  chunkSize,
}: {
  plan: PricePlan;
  billingPeriod: DateRange;
  consumptionLitres: Int32Array;
  chunkSize: number;
}): RatingTiming {
  const count = consumptionLitres.length;
  const totalsMinor = new BigInt64Array(count);
  const chunkRatingsPerSecond: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let chunkStarted = started;
  for (let chunkFirst = 0; chunkFirst < count; chunkFirst += chunkSize) {
    const chunkEnd = Math.min(chunkFirst + chunkSize, count);
    for (let index = chunkFirst; index < chunkEnd; index++) {
      const consumption = exact.fromScaled(BigInt(consumptionLitres[index] ?? 0), 3);
      const result = rate({
        plan,
        billingPeriod,
        usage: { kind: 'metered', period: billingPeriod, consumption },
        rounding: 'half-up',
      });
      if (!result.ok) throw new Error(`Account-period ${index} failed to rate: ${result.code} ${result.detail ?? ''}`);
      totalsMinor[index] = result.value.total.amountMinor;
    }
    const now = performance.now();
    chunkRatingsPerSecond.push(((chunkEnd - chunkFirst) / (now - chunkStarted)) * 1000);
    chunkStarted = now;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, chunkRatingsPerSecond, totalsMinor };
}
