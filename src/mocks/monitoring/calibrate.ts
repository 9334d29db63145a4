/**
 * The amount in [0, max] at which `score(amount)` reaches `target`, by bisection; `score` must
 * grow with the amount. Story numbers ("PSI 0.31 on tenure_months") are then what the views
 * compute, rather than an approximation of them.
 */
export function calibrate(target: number, max: number, score: (amount: number) => number): number {
  let lo = 0;
  let hi = max;
  if (score(hi) <= target) return hi;
  for (let i = 0; i < 40; i += 1) {
    const mid = (lo + hi) / 2;
    if (score(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
