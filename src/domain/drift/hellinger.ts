import { proportionPair } from './counts';
import { isNotDefined, type NotDefined } from './not-defined';

/**
 * Hellinger distance between two count vectors, each normalised to probabilities:
 * H(p, q) = (1/√2) · ‖√p − √q‖₂ = √(1 − Σ √(pᵢqᵢ))  (Hellinger 1909; e.g. Le Cam & Yang 2000),
 * unitless, in [0, 1]. The difference form is used because it keeps precision for nearly equal
 * inputs, where 1 − Σ√(pq) cancels. Matches Evidently's `hellinger` stattest on the same bins.
 * Not defined when a side is empty.
 */
export function hellingerDistance(
  refCounts: readonly number[],
  curCounts: readonly number[],
): number | NotDefined {
  const pair = proportionPair(refCounts, curCounts, 'hellinger');
  if (isNotDefined(pair)) return pair;
  const [p, q] = pair;
  let sum = 0;
  for (let i = 0; i < p.length; i += 1) {
    const difference = Math.sqrt(p[i] ?? 0) - Math.sqrt(q[i] ?? 0);
    sum += difference * difference;
  }
  return Math.min(1, Math.sqrt(sum / 2));
}
