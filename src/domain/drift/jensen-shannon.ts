import { assertSameLength, toProportions } from './counts';

/**
 * Jensen–Shannon distance in base 2 between two count or probability vectors (each is
 * normalised to sum to 1): JSD = √( ½ KL(p‖m) + ½ KL(q‖m) ), m = ½(p + q), logs base 2
 * (Lin 1991; Endres & Schindelin 2003 for the square root being a metric). Same as
 * scipy.spatial.distance.jensenshannon(p, q, base=2), so it lies in [0, 1].
 * Zero entries need no smoothing: 0·log 0 = 0 and m > 0 wherever p or q is.
 * Evidently's `jensenshannon` stattest defaults to natural logs (base=None): this value × √ln 2.
 */
export function jensenShannonDistance(refCounts: readonly number[], curCounts: readonly number[]): number {
  assertSameLength(refCounts, curCounts, 'jensen-shannon');
  const p = toProportions(refCounts, 'jensen-shannon reference');
  const q = toProportions(curCounts, 'jensen-shannon current');
  let sum = 0;
  for (let i = 0; i < p.length; i += 1) {
    const pi = p[i] ?? 0;
    const qi = q[i] ?? 0;
    const mi = (pi + qi) / 2;
    if (pi > 0) sum += pi * Math.log(pi / mi);
    if (qi > 0) sum += qi * Math.log(qi / mi);
  }
  // Rounding can leave the divergence a hair outside [0, 1]; clamp before the square root.
  const divergence = sum / (2 * Math.LN2);
  return Math.sqrt(Math.min(1, Math.max(0, divergence)));
}
