import { totalCount } from './counts';
import { walkEcdfs } from './ecdf-walk';
import { assertHistogram } from './histogram';
import { kolmogorovSurvival } from './kolmogorov-distribution';
import { exactFits, ksExactPValue } from './ks-exact';
import { emptySide, type NotDefined } from './not-defined';
import { type SortedSample, sortedSample } from './sample';

/** How the p-value was computed, shown beside it. */
export type KsPValueMethod = 'exact' | 'asymptotic';

export interface KsResult {
  /** D = sup |F_ref − F_cur|, in [0, 1]. */
  readonly statistic: number;
  readonly pValue: number;
  readonly pValueMethod: KsPValueMethod;
  /** n·m / (n + m), the sample size of the asymptotic law. */
  readonly effectiveSize: number;
}

/**
 * Asymptotic two-sided p-value from the limiting Kolmogorov distribution with the effective
 * sample size nₑ = n·m/(n+m): p = Q_KS(√nₑ · D) (Smirnov 1948; Numerical Recipes §14.3.3 without
 * Stephens' small-sample correction), = scipy.stats.kstwobign.sf(sqrt(nₑ)·D). SciPy ≥ 1.5's
 * ks_2samp(method='asymp') instead evaluates the finite-n law kstwo.sf(D, round(nₑ)), ~2–3 %
 * lower (relative) for nₑ in the hundreds to thousands; the gap shrinks as O(1/√nₑ). For small
 * samples it overstates the p-value, so it is used only past the exact test's cell cap.
 */
export function ksAsymptoticPValue(statistic: number, n: number, m: number): number {
  return kolmogorovSurvival(Math.sqrt((n * m) / (n + m)) * statistic);
}

/**
 * The exact p-value (see ksExactPValue) when it fits under the cell cap and the caller could
 * mark the comparison positions (whole counts), else the asymptotic one; which one is reported.
 */
function ksResult(statistic: number, n: number, m: number, observed: Uint8Array | undefined): KsResult {
  const effectiveSize = (n * m) / (n + m);
  if (observed && exactFits(n, m)) {
    return {
      statistic,
      pValue: ksExactPValue(n, m, statistic, observed),
      pValueMethod: 'exact',
      effectiveSize,
    };
  }
  return {
    statistic,
    pValue: ksAsymptoticPValue(statistic, n, m),
    pValueMethod: 'asymptotic',
    effectiveSize,
  };
}

/**
 * Two-sample Kolmogorov–Smirnov test on raw samples (any order; they are copied and sorted).
 * D is the largest gap between the two empirical CDFs, evaluated just after every observed
 * value so ties are handled as in scipy.stats.ks_2samp. Not defined when a sample is empty.
 */
export function ksFromSamples(a: readonly number[], b: readonly number[]): KsResult | NotDefined {
  const empty = emptySide(a.length, b.length);
  if (empty) return empty;
  return ksFromSortedSamples(sortedSample(a, 'ks reference'), sortedSample(b, 'ks current'));
}

/** ksFromSamples on samples already sorted, for callers that score one feature several ways. */
export function ksFromSortedSamples(x: SortedSample, y: SortedSample): KsResult {
  const n = x.length;
  const m = y.length;
  // The positions i + j at the end of each group of equal values: where the ECDFs are compared.
  const observed = exactFits(n, m) ? new Uint8Array(n + m + 1) : undefined;
  return ksResult(walkEcdfs(x, y, observed).supremum, n, m, observed);
}

/**
 * KS and the Wasserstein-1 distance of the same two sorted samples from one walk over their
 * rows: what scoring raw rows both ways costs once instead of twice.
 */
export function ksAndWassersteinFromSortedSamples(
  x: SortedSample,
  y: SortedSample,
): { ks: KsResult; wasserstein: number } {
  const n = x.length;
  const m = y.length;
  const observed = exactFits(n, m) ? new Uint8Array(n + m + 1) : undefined;
  const gaps = walkEcdfs(x, y, observed);
  return { ks: ksResult(gaps.supremum, n, m, observed), wasserstein: gaps.area };
}

export function ksFromHistograms(
  edges: readonly number[],
  refCounts: readonly number[],
  curCounts: readonly number[],
): KsResult | NotDefined {
  assertHistogram(edges, refCounts, curCounts, 'ks');
  const n = totalCount(refCounts, 'ks reference');
  const m = totalCount(curCounts, 'ks current');
  const empty = emptySide(n, m);
  if (empty) return empty;
  const whole = [...refCounts, ...curCounts].every(Number.isInteger);
  const observed = whole && exactFits(n, m) ? new Uint8Array(n + m + 1) : undefined;
  let cumulativeRef = 0;
  let cumulativeCur = 0;
  let statistic = 0;
  for (let k = 0; k < refCounts.length; k += 1) {
    cumulativeRef += refCounts[k] ?? 0;
    cumulativeCur += curCounts[k] ?? 0;
    if (observed) observed[cumulativeRef + cumulativeCur] = 1;
    statistic = Math.max(statistic, Math.abs(cumulativeRef / n - cumulativeCur / m));
  }
  return ksResult(Math.min(1, statistic), n, m, observed);
}
