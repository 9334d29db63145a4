import { summarizeHistogram } from './histogram-summary';
import { type SortedSample, sortedSample } from './sample';
import { summarizeSortedSample } from './sample-summary';
import { wassersteinFromHistograms, wassersteinFromSortedSamples } from './wasserstein';

/**
 * Wasserstein-1 distance divided by the reference standard deviation (population, ddof = 0):
 * Evidently's default numeric drift score for large references, "wasserstein_distance_norm"
 * (`wasserstein_distance(ref, cur) / np.std(ref)`), which makes one threshold (0.1 = a tenth
 * of a standard deviation) usable across features of any scale.
 *
 * A constant reference has std 0: the score is then 0 if the distance is 0 and +∞ otherwise,
 * rather than Evidently's NaN, so any movement away from a constant counts as drift.
 */
function normalise(distance: number, referenceStd: number): number {
  if (referenceStd > 0) return distance / referenceStd;
  return distance === 0 ? 0 : Infinity;
}

export function wassersteinNormFromSamples(a: readonly number[], b: readonly number[]): number {
  return wassersteinNormFromSortedSamples(
    sortedSample(a, 'wasserstein reference'),
    sortedSample(b, 'wasserstein current'),
  );
}

/**
 * wassersteinNormFromSamples on samples already sorted; `referenceStd` may be passed when the
 * caller has summarised the reference already.
 */
export function wassersteinNormFromSortedSamples(
  reference: SortedSample,
  current: SortedSample,
  referenceStd = summarizeSortedSample(reference).std,
): number {
  return normalise(wassersteinFromSortedSamples(reference, current), referenceStd);
}

/** Histogram version: both the distance and the std use the uniform-within-bin model. */
export function wassersteinNormFromHistograms(
  edges: readonly number[],
  refCounts: readonly number[],
  curCounts: readonly number[],
): number {
  const distance = wassersteinFromHistograms(edges, refCounts, curCounts);
  return normalise(distance, summarizeHistogram(edges, refCounts).std);
}
