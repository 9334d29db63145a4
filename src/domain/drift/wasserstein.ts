import { totalCount } from './counts';
import { walkEcdfs } from './ecdf-walk';
import { assertHistogram } from './histogram';
import { emptySide, type NotDefined } from './not-defined';
import { type SortedSample, sortedSample } from './sample';

/**
 * Wasserstein-1 (earth mover's) distance between two samples, via its one-dimensional closed
 * form W₁ = ∫ |F(x) − G(x)| dx over the empirical CDFs (Vallender 1974; Ramdas et al. 2017),
 * as scipy.stats.wasserstein_distance computes it, in the feature's own units. Inputs may be in
 * any order. Not defined when a sample is empty.
 */
export function wassersteinFromSamples(a: readonly number[], b: readonly number[]): number | NotDefined {
  const empty = emptySide(a.length, b.length);
  if (empty) return empty;
  return wassersteinFromSortedSamples(
    sortedSample(a, 'wasserstein reference'),
    sortedSample(b, 'wasserstein current'),
  );
}

/** wassersteinFromSamples on samples already sorted. */
export function wassersteinFromSortedSamples(x: SortedSample, y: SortedSample): number {
  return walkEcdfs(x, y).area;
}

/**
 * Wasserstein-1 distance between two histograms on the same edges, treating each bin's mass as
 * spread uniformly over the bin (the model of scipy.stats.rv_histogram). The CDFs are then
 * piecewise linear between edges, so ∫|F − G| is exact per bin: a trapezoid when F − G keeps its
 * sign across the bin, two triangles meeting at the crossing when it changes sign. Not defined
 * when a histogram is empty.
 */
export function wassersteinFromHistograms(
  edges: readonly number[],
  refCounts: readonly number[],
  curCounts: readonly number[],
): number | NotDefined {
  assertHistogram(edges, refCounts, curCounts, 'wasserstein');
  const n = totalCount(refCounts, 'wasserstein reference');
  const m = totalCount(curCounts, 'wasserstein current');
  const empty = emptySide(n, m);
  if (empty) return empty;
  let cumulativeRef = 0;
  let cumulativeCur = 0;
  let gapBefore = 0;
  let distance = 0;
  for (let k = 0; k < refCounts.length; k += 1) {
    cumulativeRef += refCounts[k] ?? 0;
    cumulativeCur += curCounts[k] ?? 0;
    const gapAfter = cumulativeRef / n - cumulativeCur / m;
    const width = (edges[k + 1] ?? 0) - (edges[k] ?? 0);
    distance += width * absoluteLinearIntegral(gapBefore, gapAfter);
    gapBefore = gapAfter;
  }
  return distance;
}

/** ∫₀¹ |a + (b − a)t| dt. */
function absoluteLinearIntegral(a: number, b: number): number {
  const sumOfMagnitudes = Math.abs(a) + Math.abs(b);
  if (sumOfMagnitudes === 0) return 0;
  return a * b >= 0 ? sumOfMagnitudes / 2 : (a * a + b * b) / (2 * sumOfMagnitudes);
}
