import { summarizeHistogram } from './histogram-summary';
import { emptySide, isNotDefined, type NotDefined } from './not-defined';
import { type SortedSample, sortedSample } from './sample';
import { summarizeSortedSample } from './sample-summary';
import { wassersteinFromHistograms, wassersteinFromSortedSamples } from './wasserstein';

/**
 * Floor on the reference standard deviation, in the feature's units: Evidently's
 * `wasserstein_distance_norm` divides by max(np.std(reference), 0.001). A constant reference
 * (std 0) therefore still gives a finite score: 0 when the current window holds the same
 * constant, and distance / 0.001 — far past any threshold — when it moved, so a constant
 * feature that moves reads as drifted with a number a user can compare.
 * The floor is absolute, so for a feature whose whole spread is below 0.001 (a rate stored as a
 * fraction of a fraction) the score is no longer scale-free; such a feature needs rescaling.
 */
export const WASSERSTEIN_STD_FLOOR = 0.001;

/**
 * Wasserstein-1 distance divided by the reference standard deviation (population, ddof = 0),
 * floored at WASSERSTEIN_STD_FLOOR: Evidently's default numeric drift score for large
 * references, which makes one threshold (0.1 = a tenth of a standard deviation) usable across
 * features of any scale. Unit: reference standard deviations.
 */
export function normaliseWasserstein(distance: number, referenceStd: number): number {
  return distance / Math.max(referenceStd, WASSERSTEIN_STD_FLOOR);
}

export function wassersteinNormFromSamples(a: readonly number[], b: readonly number[]): number | NotDefined {
  const empty = emptySide(a.length, b.length);
  if (empty) return empty;
  return wassersteinNormFromSortedSamples(
    sortedSample(a, 'wasserstein reference'),
    sortedSample(b, 'wasserstein current'),
  );
}

/**
 * wassersteinNormFromSamples on samples already sorted (and so not empty); `referenceStd` may
 * be passed when the caller has summarised the reference already.
 */
export function wassersteinNormFromSortedSamples(
  reference: SortedSample,
  current: SortedSample,
  referenceStd = summarizeSortedSample(reference).std,
): number {
  return normaliseWasserstein(wassersteinFromSortedSamples(reference, current), referenceStd);
}

/**
 * Histogram version: both the distance and the std use the uniform-within-bin model (whose std
 * is never below the narrowest occupied bin's width / √12, so the floor rarely applies here).
 */
export function wassersteinNormFromHistograms(
  edges: readonly number[],
  refCounts: readonly number[],
  curCounts: readonly number[],
): number | NotDefined {
  const distance = wassersteinFromHistograms(edges, refCounts, curCounts);
  if (isNotDefined(distance)) return distance;
  return normaliseWasserstein(distance, summarizeHistogram(edges, refCounts).std);
}
