import { assertSameLength, totalCount } from './counts';
import { emptySide, notDefined, type NotDefined } from './not-defined';
import { chiSquareSurvival } from './special-functions';

export interface ZTestResult {
  /** z = (p_ref − p_cur) / √(P(1 − P)(1/n + 1/m)), P the pooled share of the first category. */
  readonly statistic: number;
  /** Two-sided: Pr(|Z| ≥ |z|) for a standard normal Z. */
  readonly pValue: number;
}

/**
 * Two-proportion z-test with a pooled variance (e.g. Agresti, "Categorical Data Analysis" §3.1),
 * Evidently's `z` stattest for binary features with a small reference: compares the share of one
 * of the two values between reference and current. Input are counts over the same positions;
 * positions empty on both sides are ignored, so a binary numeric feature may be passed as bins.
 *
 * Not defined when a side is empty, when more than two values remain (the test compares two
 * shares), or when both windows hold the same single value: the pooled variance is 0 and z is
 * 0/0. Evidently reports p = 1 ("no drift") in that last case; we say there is nothing to test.
 * The p-value uses 2·(1 − Φ(|z|)) = Q(½, z²/2), the chi-square survival with 1 degree of freedom,
 * which keeps precision in the far tail where 1 − Φ would cancel.
 */
export function twoProportionZTest(
  refCounts: readonly number[],
  curCounts: readonly number[],
): ZTestResult | NotDefined {
  assertSameLength(refCounts, curCounts, 'z-test');
  const n = totalCount(refCounts, 'z-test reference');
  const m = totalCount(curCounts, 'z-test current');
  const empty = emptySide(n, m);
  if (empty) return empty;
  const present = refCounts.flatMap((r, i) => (r + (curCounts[i] ?? 0) > 0 ? [i] : []));
  if (present.length > 2) {
    return notDefined(`the z-test compares two values; this feature has ${present.length}`);
  }
  if (present.length < 2) return notDefined('both windows hold a single value: z is 0/0');
  const first = present[0] ?? 0;
  const pRef = (refCounts[first] ?? 0) / n;
  const pCur = (curCounts[first] ?? 0) / m;
  const pooled = ((refCounts[first] ?? 0) + (curCounts[first] ?? 0)) / (n + m);
  const statistic = (pRef - pCur) / Math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / m));
  return { statistic, pValue: chiSquareSurvival(statistic * statistic, 1) };
}
