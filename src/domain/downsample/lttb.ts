import { scanSeries } from './gap-scan';
import { longestGaps } from './longest-gaps';
import { lttbRange } from './lttb-range';
import { runBounds, runBudgets } from './run-budgets';
import { hasValue, type TimePoint } from './time-point';

/**
 * Downsamples a time series to at most `threshold` points for drawing, with
 * Largest-Triangle-Three-Buckets (Steinarsson 2013; see lttb-range.ts). Points must be in time
 * order. The result is a subsequence of the input (the same tuple objects) that keeps the first
 * and last points; an input of at most `threshold` points is returned as is.
 *
 * Gaps (null or NaN values) must stay visible, so a line is never drawn across missing data:
 * - each run of gap points is represented by one marker (its first point), which is enough for
 *   a chart to break the line;
 * - the data between kept gaps is downsampled run by run, each run getting a share of the budget
 *   proportional to its length (at least its two end points);
 * - when there are too many gaps to keep every one — more than ~threshold/3 — the widest (by
 *   time) are kept and the rest are bridged: at that density a narrow gap is under a pixel wide.
 * Leading and trailing gaps are always kept, as their markers are the first and last points.
 * Rounding of the shares can leave the output a few points under `threshold`.
 */
export function lttb<P extends TimePoint>(points: readonly P[], threshold: number): readonly P[] {
  if (!Number.isInteger(threshold) || threshold < 2) {
    throw new RangeError(`lttb: threshold must be an integer ≥ 2, got ${threshold}`);
  }
  const n = points.length;
  const first = points[0];
  const last = points[n - 1];
  if (n <= threshold || first === undefined || last === undefined) return points;

  const { firstData, lastData, gaps } = scanSeries(points);
  if (firstData < 0) return [first, last];
  const leading = firstData > 0;
  const trailing = lastData < n - 1;
  const room = threshold - (leading ? 1 : 0) - (trailing ? 1 : 0);

  // Each kept gap costs its marker plus up to two end points for the extra run it creates.
  const kept = longestGaps(gaps.spans, Math.floor((room - 2) / 3));
  const runs = runBounds(firstData, lastData, kept, gaps);
  const budgets = runBudgets(runs, room - kept.length);

  const out: P[] = [];
  if (leading) out.push(first);
  for (let r = 0; r < budgets.length; r += 1) {
    const lo = runs.lo[r] ?? 0;
    const hi = runs.hi[r] ?? 0;
    emitRun(points, lo, hi, budgets[r] ?? 0, leading, out);
    // The marker of a kept gap is its first point, right after the run.
    const marker = r < kept.length ? points[hi + 1] : undefined;
    if (marker !== undefined) out.push(marker);
  }
  if (trailing) out.push(last);
  return out;
}

function emitRun<P extends TimePoint>(
  points: readonly P[],
  lo: number,
  hi: number,
  budget: number,
  leading: boolean,
  out: P[],
): void {
  if (budget >= 3 && budget < hi - lo + 1) {
    lttbRange(points, lo, hi, budget, out);
    return;
  }
  const indices =
    budget <= 0
      ? []
      : budget === 1
        ? // Only when edge markers leave room for one data point: prefer an end no marker stands next to.
          [leading ? hi : lo]
        : budget === 2 && hi > lo + 1
          ? [lo, hi]
          : range(lo, hi);
  for (const i of indices) {
    const point = points[i];
    if (hasValue(point)) out.push(point);
  }
}

function range(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
}
