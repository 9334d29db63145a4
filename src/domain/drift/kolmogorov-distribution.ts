/**
 * Survival function of the Kolmogorov distribution (the limit law of √n·Dₙ),
 * Q(λ) = Pr(K > λ) = 2 Σₖ₌₁^∞ (−1)^(k−1) e^(−2k²λ²)  (Kolmogorov 1933; Smirnov 1948;
 * Numerical Recipes §14.3.3). Same function as scipy.special.kolmogorov and
 * scipy.stats.kstwobign.sf.
 *
 * The alternating series converges slowly for small λ, so below the cut-over we use the
 * Jacobi-theta form of the CDF, 1 − Q(λ) = (√(2π)/λ) Σₖ₌₁^∞ e^(−(2k−1)²π²/(8λ²)), as SciPy's
 * cephes implementation does (same cut-over, 0.82).
 */
const CUTOVER = 0.82;
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
const MAX_TERMS = 100;

export function kolmogorovSurvival(lambda: number): number {
  if (Number.isNaN(lambda)) throw new RangeError('kolmogorovSurvival: λ is NaN');
  if (lambda <= 0) return 1;
  if (lambda <= CUTOVER) return 1 - kolmogorovCdfTheta(lambda);
  let sum = 0;
  let sign = 1;
  for (let k = 1; k <= MAX_TERMS; k += 1) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    sum += sign * term;
    if (term <= Number.EPSILON * sum) break;
    sign = -sign;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

function kolmogorovCdfTheta(lambda: number): number {
  const w = (Math.PI * Math.PI) / (8 * lambda * lambda);
  let sum = 0;
  for (let k = 1; k <= MAX_TERMS; k += 1) {
    const odd = 2 * k - 1;
    const term = Math.exp(-odd * odd * w);
    sum += term;
    if (term <= Number.EPSILON * sum || sum === 0) break;
  }
  // For λ ≲ 0.04 every term underflows; return 0 rather than (√(2π)/λ)·0, which is NaN at tiny λ.
  return sum === 0 ? 0 : (SQRT_TWO_PI / lambda) * sum;
}
