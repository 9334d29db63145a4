import { assertSameLength, toProportions } from './counts';

/**
 * Proportion that replaces an empty bin before taking logs. 1e-4 is Evidently's choice
 * (`np.place(percents, percents == 0, 0.0001)`), so our scores match its reports; the
 * proportions are deliberately not renormalised afterwards, again as Evidently does.
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
 * proportions agree. Empty bins take `epsilon` instead of 0 (see PSI_EPSILON).
 */
export function psi(
  refCounts: readonly number[],
  curCounts: readonly number[],
  epsilon = PSI_EPSILON,
): number {
  assertSameLength(refCounts, curCounts, 'psi');
  if (!(epsilon > 0)) throw new RangeError(`psi: epsilon must be > 0, got ${epsilon}`);
  const ref = toProportions(refCounts, 'psi reference');
  const cur = toProportions(curCounts, 'psi current');
  let sum = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const r = smoothed(ref[i] ?? 0, epsilon);
    const c = smoothed(cur[i] ?? 0, epsilon);
    sum += (c - r) * Math.log(c / r);
  }
  return sum;
}

function smoothed(proportion: number, epsilon: number): number {
  return proportion === 0 ? epsilon : proportion;
}

/** The band a PSI score falls in (bands are inclusive at their lower bound). */
export function psiBand(score: number): PsiBand {
  if (score >= PSI_BANDS.significant) return 'significant';
  if (score >= PSI_BANDS.moderate) return 'moderate';
  return 'stable';
}
