// Latency percentiles by the nearest-rank method: the p-th percentile of n values is the value
// at rank ⌈p/100 · n⌉ in ascending order — always one of the measured values, never interpolated.

/** The rank (1-based) whose value is the p-th percentile of n values. */
export function nearestRank(n: number, p: number): number {
  return Math.max(1, Math.ceil((p / 100) * n));
}

/**
 * The p-th percentile (0 < p ≤ 100) of the values by nearest rank; undefined for no values.
 * `percentile([15, 20, 35, 40, 50], 40)` is 20.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[nearestRank(sorted.length, p) - 1];
}
