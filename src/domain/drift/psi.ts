import { proportionPair } from './counts';
import { isNotDefined, type NotDefined } from './not-defined';

/**
 * Proportion that replaces an empty bin before taking logs, as Evidently's `get_binned_data`
 * does so our scores match its reports: 1e-4, unless the side's smallest non-empty proportion
 * is itself ≤ 1e-4, in which case that proportion / 1e6 (an empty bin must weigh less than any
 * observed one). Each side gets its own fill, and proportions are not renormalised afterwards,
 * again as in Evidently.
 */
export const PSI_EPSILON = 1e-4;

/** Siddiqi's rule of thumb: below 0.1 no real change, 0.1–0.25 moderate, 0.25 and above significant. */
export const PSI_BANDS = { moderate: 0.1, significant: 0.25 } as const;

export type PsiBand = 'stable' | 'moderate' | 'significant';

/**
 * Population stability index over two histograms of counts on the same bins:
 * PSI = Σᵢ (cᵢ − rᵢ) · ln(cᵢ / rᵢ), with rᵢ, cᵢ the reference and current bin proportions
 * (Siddiqi 2006, "Credit Risk Scorecards", ch. 8; Yurdakul 2018, "Statistical Properties of
 * the Population Stability Index"). Every term is ≥ 0, so PSI ≥ 0 with equality iff the
 * proportions agree. Natural log, as Siddiqi and Evidently: the 0.1 / 0.25 bands are in that base.
 * Empty bins are filled as described at PSI_EPSILON, `epsilon` being the 1e-4. Not defined when
 * a side is empty.
 */
export function psi(
  refCounts: readonly number[],
  curCounts: readonly number[],
  epsilon = PSI_EPSILON,
): number | NotDefined {
  if (!(epsilon > 0)) throw new RangeError(`psi: epsilon must be > 0, got ${epsilon}`);
  const pair = proportionPair(refCounts, curCounts, 'psi');
  if (isNotDefined(pair)) return pair;
  const [ref, cur] = pair;
  const refFill = zeroFill(ref, epsilon);
  const curFill = zeroFill(cur, epsilon);
  let sum = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const r = ref[i] || refFill;
    const c = cur[i] || curFill;
    sum += (c - r) * Math.log(c / r);
  }
  return sum;
}

function zeroFill(proportions: readonly number[], epsilon: number): number {
  let smallest = Infinity;
  for (const p of proportions) if (p > 0 && p < smallest) smallest = p;
  return smallest <= epsilon ? smallest / 1e6 : epsilon;
}

/** The band a PSI score falls in (bands are inclusive at their lower bound). */
export function psiBand(score: number): PsiBand {
  if (score >= PSI_BANDS.significant) return 'significant';
  if (score >= PSI_BANDS.moderate) return 'moderate';
  return 'stable';
}
