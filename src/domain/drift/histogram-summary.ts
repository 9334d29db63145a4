import { totalCount } from './counts';
import { assertEdges } from './histogram';
import type { SummaryStatistics } from './sample-summary';

/**
 * Approximate summary of the sample behind a histogram, assuming each bin's mass is spread
 * uniformly over the bin (scipy.stats.rv_histogram's model, the same one
 * wassersteinFromHistograms uses):
 * - mean = Σ pᵢ·cᵢ with cᵢ the bin centres;
 * - variance = Σ pᵢ·((cᵢ − mean)² + wᵢ²/12), i.e. between-bin spread plus the variance of a
 *   uniform bin of width wᵢ (the term Sheppard's correction would subtract for point masses);
 * - min / max = outer edges of the first / last non-empty bin (bounds, not observed values);
 * - quantiles by inverting the piecewise-linear CDF, the smallest x with F(x) ≥ q.
 */
export function summarizeHistogram(edges: readonly number[], counts: readonly number[]): SummaryStatistics {
  assertEdges(edges, counts.length, 'summary');
  const count = totalCount(counts, 'summary');
  if (count <= 0) throw new RangeError('summary: histogram is empty');
  let first = -1;
  let last = -1;
  let weightedCentres = 0;
  for (let k = 0; k < counts.length; k += 1) {
    const binCount = counts[k] ?? 0;
    if (binCount > 0) {
      if (first < 0) first = k;
      last = k;
    }
    weightedCentres += binCount * centre(edges, k);
  }
  const mean = weightedCentres / count;
  let variance = 0;
  for (let k = 0; k < counts.length; k += 1) {
    const width = (edges[k + 1] ?? 0) - (edges[k] ?? 0);
    const deviation = centre(edges, k) - mean;
    variance += ((counts[k] ?? 0) / count) * (deviation * deviation + (width * width) / 12);
  }
  return {
    count,
    mean,
    std: Math.sqrt(variance),
    min: edges[first] ?? Number.NaN,
    max: edges[last + 1] ?? Number.NaN,
    p25: histogramQuantile(edges, counts, count, 0.25),
    p50: histogramQuantile(edges, counts, count, 0.5),
    p75: histogramQuantile(edges, counts, count, 0.75),
  };
}

function centre(edges: readonly number[], k: number): number {
  return ((edges[k] ?? 0) + (edges[k + 1] ?? 0)) / 2;
}

function histogramQuantile(
  edges: readonly number[],
  counts: readonly number[],
  total: number,
  q: number,
): number {
  const target = q * total;
  let cumulative = 0;
  for (let k = 0; k < counts.length; k += 1) {
    const binCount = counts[k] ?? 0;
    if (binCount > 0 && cumulative + binCount >= target) {
      const left = edges[k] ?? 0;
      const width = (edges[k + 1] ?? 0) - left;
      return left + (width * Math.max(0, target - cumulative)) / binCount;
    }
    cumulative += binCount;
  }
  return edges[edges.length - 1] ?? Number.NaN;
}
