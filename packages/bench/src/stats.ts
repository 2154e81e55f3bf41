/**
 * Percentile of a sample by linear interpolation between closest ranks (p in [0, 100]).
 *
 * @example
 * percentile([1, 2, 3, 4], 50) // → 2.5
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? a;
  return a + (b - a) * (rank - low);
}

/** Median of a sample. */
export const median = (values: readonly number[]) => percentile(values, 50);
