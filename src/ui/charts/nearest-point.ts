import type { Point } from '../../domain/series';

/** The point nearest to time `t` (binary search over time-ordered points), for tooltips. */
export function nearestPoint(points: readonly Point[], t: number): Point | undefined {
  if (points.length === 0) return undefined;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid]?.[0] ?? 0) < t) lo = mid + 1;
    else hi = mid;
  }
  const after = points[lo];
  const before = points[lo - 1];
  if (!before || !after) return after ?? before;
  return t - before[0] <= after[0] - t ? before : after;
}
