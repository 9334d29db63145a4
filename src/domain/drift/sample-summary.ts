import { type SortedSample, sortedSample } from './sample';

export interface SummaryStatistics {
  readonly count: number;
  readonly mean: number;
  /** Population standard deviation (ddof = 0, NumPy's default), as Evidently normalises by. */
  readonly std: number;
  readonly min: number;
  readonly max: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
}

/**
 * Summary of a numeric sample. Quantiles use linear interpolation between order statistics,
 * Hyndman & Fan (1996) definition 7 (NumPy's default `np.percentile`, pandas' `describe`).
 * The variance is two-pass (mean first, then squared deviations) to avoid cancellation.
 */
export function summarizeSample(values: readonly number[]): SummaryStatistics {
  return summarizeSortedSample(sortedSample(values, 'summary'));
}

/** summarizeSample on a sample already sorted. */
export function summarizeSortedSample(sorted: SortedSample): SummaryStatistics {
  const count = sorted.length;
  let sum = 0;
  for (const value of sorted) sum += value;
  const mean = sum / count;
  let squares = 0;
  for (const value of sorted) squares += (value - mean) * (value - mean);
  return {
    count,
    mean,
    std: Math.sqrt(squares / count),
    min: sorted[0] ?? Number.NaN,
    max: sorted[count - 1] ?? Number.NaN,
    p25: sortedQuantile(sorted, 0.25),
    p50: sortedQuantile(sorted, 0.5),
    p75: sortedQuantile(sorted, 0.75),
  };
}

/** Quantile q ∈ [0, 1] of an ascending sample, Hyndman & Fan definition 7. */
function sortedQuantile(sorted: Float64Array, q: number): number {
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}
