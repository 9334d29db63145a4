import { alignCategories } from './align-categories';
import { assertSameLength, toProportions, totalCount } from './counts';
import { emptySide, notDefined, type NotDefined } from './not-defined';
import { chiSquareSurvival } from './special-functions';

export interface ChiSquareResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly degreesOfFreedom: number;
}

/**
 * Reference share given to a category the reference never saw, before renormalising. This is
 * the smoothed statistic, not Evidently's: there the expected count is 0, χ² = +∞ and p = 0, so
 * one new value in a million rows would read as certain drift. With it a new category still
 * dominates the statistic — one new value in 1,000 rows adds ≈ 8 — but the score stays finite
 * and comparable between windows. The method's description in the UI states this ε, and the
 * feature page names every new category.
 */
export const CHI_SQUARE_EPSILON = 1e-4;

export const SINGLE_CATEGORY_REASON = 'only one category on both sides: chi-square has 0 degrees of freedom';

/**
 * Pearson's goodness-of-fit test, χ² = Σ (Oᵢ − Eᵢ)² / Eᵢ with k − 1 degrees of freedom
 * (Pearson 1900), as scipy.stats.chisquare(observed, expected). Expected counts must be > 0 and
 * sum to the observed total (relative 1e-8, SciPy's check). With a single category there is
 * nothing to test (0 degrees of freedom, SciPy returns NaN): not defined, rather than p = 1,
 * which would read as "no drift". With no observations at all, also not defined.
 */
export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  expected: readonly number[],
): ChiSquareResult | NotDefined {
  assertSameLength(observed, expected, 'chi-square');
  const observedTotal = totalCount(observed, 'chi-square observed');
  const expectedTotal = totalCount(expected, 'chi-square expected');
  if (Math.abs(observedTotal - expectedTotal) > 1e-8 * Math.max(observedTotal, expectedTotal)) {
    throw new RangeError(`chi-square: observed total ${observedTotal} ≠ expected total ${expectedTotal}`);
  }
  if (observedTotal === 0) return notDefined('no observations');
  let statistic = 0;
  for (let i = 0; i < observed.length; i += 1) {
    const e = expected[i] ?? 0;
    if (e <= 0) throw new RangeError('chi-square: expected counts must be > 0');
    const difference = (observed[i] ?? 0) - e;
    statistic += (difference * difference) / e;
  }
  const degreesOfFreedom = observed.length - 1;
  if (degreesOfFreedom === 0) return notDefined(SINGLE_CATEGORY_REASON);
  return { statistic, pValue: chiSquareSurvival(statistic, degreesOfFreedom), degreesOfFreedom };
}

/**
 * Drift test on aligned counts (categories or bins): current counts are observed, expected
 * counts are the reference proportions scaled to the current total — Evidently's `chisquare`
 * stattest. Zero reference proportions become `epsilon` and the proportions are renormalised
 * (see CHI_SQUARE_EPSILON); positions empty on both sides are skipped. Not defined when a side
 * is empty or a single category remains.
 */
export function chiSquareTest(
  refCounts: readonly number[],
  curCounts: readonly number[],
  epsilon = CHI_SQUARE_EPSILON,
): ChiSquareResult | NotDefined {
  assertSameLength(refCounts, curCounts, 'chi-square');
  if (!(epsilon > 0)) throw new RangeError(`chi-square: epsilon must be > 0, got ${epsilon}`);
  const empty = emptySide(
    totalCount(refCounts, 'chi-square reference'),
    totalCount(curCounts, 'chi-square current'),
  );
  if (empty) return empty;
  const refProportions = toProportions(refCounts, 'chi-square reference');
  const currentTotal = totalCount(curCounts, 'chi-square current');
  const observed: number[] = [];
  const smoothed: number[] = [];
  let smoothedTotal = 0;
  for (let i = 0; i < refCounts.length; i += 1) {
    const proportion = refProportions[i] ?? 0;
    const count = curCounts[i] ?? 0;
    if (proportion === 0 && count === 0) continue;
    const p = proportion === 0 ? epsilon : proportion;
    observed.push(count);
    smoothed.push(p);
    smoothedTotal += p;
  }
  const expected = smoothed.map((p) => (p / smoothedTotal) * currentTotal);
  return chiSquareGoodnessOfFit(observed, expected);
}

/** chiSquareTest on category→count maps, over the union of their categories. */
export function chiSquareTestCategories(
  ref: Readonly<Record<string, number>>,
  cur: Readonly<Record<string, number>>,
  epsilon = CHI_SQUARE_EPSILON,
): ChiSquareResult | NotDefined {
  const aligned = alignCategories(ref, cur);
  if (aligned.categories.length === 0) return emptySide(0, 0) ?? notDefined('no rows');
  return chiSquareTest(aligned.refCounts, aligned.curCounts, epsilon);
}
