import { longestGaps } from './longest-gaps';
import { lttbRange } from './lttb-range';
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

  const { firstData, lastData, gaps } = scan(points);
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

interface Gaps {
  /** Index of each gap's first point (its marker). */
  readonly starts: number[];
  /** Index of the data point that ends each gap. */
  readonly resumes: number[];
  /** Time from the data point before the gap to the one after it. */
  readonly spans: number[];
}

/**
 * The one pass over every point: where the data starts and ends, and the gaps in between
 * (growing arrays cost an allocation per gap, never per point).
 */
function scan(points: readonly TimePoint[]): { firstData: number; lastData: number; gaps: Gaps } {
  const gaps: Gaps = { starts: [], resumes: [], spans: [] };
  let firstData = -1;
  let lastData = -1;
  let lastT = 0;
  for (let i = 0; i < points.length; i += 1) {
    // Inlined hasValue: this loop touches every point.
    const point = points[i];
    if (point === undefined) continue;
    const value = point[1];
    if (value === null || value !== value) continue;
    if (firstData < 0) firstData = i;
    else if (i > lastData + 1) {
      gaps.starts.push(lastData + 1);
      gaps.resumes.push(i);
      gaps.spans.push(point[0] - lastT);
    }
    lastData = i;
    lastT = point[0];
  }
  return { firstData, lastData, gaps };
}

/** First and last index of each run of data between kept gaps; both ends are data points. */
function runBounds(
  firstData: number,
  lastData: number,
  kept: Int32Array,
  gaps: Gaps,
): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(kept.length + 1);
  const hi = new Int32Array(kept.length + 1);
  lo[0] = firstData;
  for (let r = 0; r < kept.length; r += 1) {
    const g = kept[r] ?? 0;
    hi[r] = (gaps.starts[g] ?? 0) - 1;
    lo[r + 1] = gaps.resumes[g] ?? 0;
  }
  hi[kept.length] = lastData;
  return { lo, hi };
}

/** Splits `total` points between runs: both ends of each run, the rest in proportion to length. */
function runBudgets(runs: { lo: Int32Array; hi: Int32Array }, total: number): Int32Array {
  const count = runs.lo.length;
  const budgets = new Int32Array(count);
  let base = 0;
  let spare = 0;
  for (let r = 0; r < count; r += 1) {
    const size = (runs.hi[r] ?? 0) - (runs.lo[r] ?? 0) + 1;
    base += Math.min(size, 2);
    spare += Math.max(0, size - 2);
  }
  const extra = Math.max(0, total - base);
  for (let r = 0; r < count; r += 1) {
    const size = (runs.hi[r] ?? 0) - (runs.lo[r] ?? 0) + 1;
    const share = spare === 0 ? 0 : Math.floor((extra * Math.max(0, size - 2)) / spare);
    // `total` only binds for a lone run when edge markers leave it fewer than two points.
    budgets[r] = Math.min(size, Math.min(size, 2) + share, total);
  }
  return budgets;
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
