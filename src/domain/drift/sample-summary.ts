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
  // Indexed loops: V8 runs for…of over a typed array several times slower.
  let sum = 0;
  for (let i = 0; i < count; i += 1) sum += sorted[i] ?? 0;
  const mean = sum / count;
  let squares = 0;
  for (let i = 0; i < count; i += 1) {
    const deviation = (sorted[i] ?? 0) - mean;
    squares += deviation * deviation;
  }
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
