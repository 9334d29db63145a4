import { proportionPair } from './counts';
import { isNotDefined, type NotDefined } from './not-defined';

/**
 * Log base of the Jensen–Shannon distance. Natural log is Evidently's (and SciPy's) default, and
 * Evidently's 0.1 threshold is meant in that base; users compare the two, so it is ours too.
 * In base 2 the same distributions score ×1/√ln 2 ≈ 1.20 higher, so a 0.1 threshold is stricter.
 */
export type LogBase = 'natural' | 2;

export const DEFAULT_JS_LOG_BASE: LogBase = 'natural';

/** The largest JS distance in each base: √ln 2 ≈ 0.833 in natural log, 1 in base 2. */
export function maxJensenShannon(base: LogBase = DEFAULT_JS_LOG_BASE): number {
  return base === 2 ? 1 : Math.sqrt(Math.LN2);
}

/**
 * Jensen–Shannon distance between two count or probability vectors (each is normalised to sum
 * to 1): JSD = √( ½ KL(p‖m) + ½ KL(q‖m) ), m = ½(p + q) (Lin 1991; Endres & Schindelin 2003 for
 * the square root being a metric). Same as scipy.spatial.distance.jensenshannon(p, q, base):
 * with natural logs (the default) it lies in [0, √ln 2], in base 2 in [0, 1].
 * Zero entries need no smoothing: 0·log 0 = 0 and m > 0 wherever p or q is.
 * Not defined when a side is empty.
 */
export function jensenShannonDistance(
  refCounts: readonly number[],
  curCounts: readonly number[],
  base: LogBase = DEFAULT_JS_LOG_BASE,
): number | NotDefined {
  const pair = proportionPair(refCounts, curCounts, 'jensen-shannon');
  if (isNotDefined(pair)) return pair;
  const [p, q] = pair;
  let sum = 0;
  for (let i = 0; i < p.length; i += 1) {
    const pi = p[i] ?? 0;
    const qi = q[i] ?? 0;
    const mi = (pi + qi) / 2;
    if (pi > 0) sum += pi * Math.log(pi / mi);
    if (qi > 0) sum += qi * Math.log(qi / mi);
  }
  // The divergence in nats is at most ln 2; rounding can leave it a hair outside, so clamp.
  const nats = Math.min(Math.LN2, Math.max(0, sum / 2));
  return Math.sqrt(base === 2 ? nats / Math.LN2 : nats);
}
