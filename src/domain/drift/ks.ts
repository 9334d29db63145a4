import { totalCount } from './counts';
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
  let i = 0;
  let j = 0;
  let statistic = 0;
  while (i < n || j < m) {
    const value = Math.min(x[i] ?? Infinity, y[j] ?? Infinity);
    while (i < n && (x[i] ?? Infinity) <= value) i += 1;
    while (j < m && (y[j] ?? Infinity) <= value) j += 1;
    if (observed) observed[i + j] = 1;
    statistic = Math.max(statistic, Math.abs(i / n - j / m));
  }
  return ksResult(statistic, n, m, observed);
}

/**
 * Kolmogorov–Smirnov test on binned data: the empirical CDFs are known only at the bin edges,
 * so D is the largest gap between cumulative bin proportions, a lower bound on the D of the
 * underlying samples. The exact p-value is the permutation test of that binned D (paths are
 * checked at bin ends only), so it is exact for what the bins show rather than conservative.
 * n and m are the count totals; with fractional counts (expected, not observed, rows) only the
 * asymptotic p-value applies. Not defined when a histogram is empty.
 */
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
