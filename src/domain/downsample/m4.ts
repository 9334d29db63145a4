import type { TimePoint } from './time-point';

/**
 * Downsamples a time series for drawing with M4 (Jugel, Jerzak, Hackenbroich and Markl, "M4: A
 * Visualization-Oriented Time Series Data Aggregation", PVLDB 7(10), 2014): the time span is cut
 * into ⌊threshold / 4⌋ columns of equal width, and each column keeps its first, minimum, maximum
 * and last point. A line through them covers exactly the pixels the full series would, so a
 * single-point spike or dip of any height is never averaged away (LTTB can drop one whose
 * triangle loses to a neighbour's; averaging always does). Use it for signals whose extremes are
 * the story: latency, error rates, drift scores.
 *
 * Points must be in time order. The result is a time-ordered subsequence of the input (the same
 * tuple objects) that keeps the first and last points; input of at most `threshold` points is
 * returned as is.
 *
 * Gaps (null or NaN values) stay visible: a column that holds a gap also keeps the gap's first
 * point as a marker, so the line breaks there. A column then has up to five points, so a series
 * with gaps can come out up to a quarter over `threshold`; one without gaps never does.
 *
 * One pass with plain loops and no allocation per point: a million points take a few ms.
 */
export function m4<P extends TimePoint>(points: readonly P[], threshold: number): readonly P[] {
  if (!Number.isInteger(threshold) || threshold < 4) {
    throw new RangeError(`m4: threshold must be an integer ≥ 4, got ${threshold}`);
  }
  const n = points.length;
  const head = points[0];
  const tail = points[n - 1];
  if (n <= threshold || head === undefined || tail === undefined) return points;

  const columns = Math.floor(threshold / 4);
  const t0 = head[0];
  const span = tail[0] - t0;
  const scale = span > 0 ? columns / span : 0;
  const out: P[] = [];
  const picked: number[] = [];

  let column = -1;
  let first = -1;
  let last = -1;
  let min = -1;
  let max = -1;
  let gap = -1;
  let minV = 0;
  let maxV = 0;

  const flush = (): void => {
    picked.length = 0;
    if (first >= 0) picked.push(first, min, max, last);
    if (gap >= 0) picked.push(gap);
    // At most five indices: sort and drop repeats in place.
    picked.sort((a, b) => a - b);
    let previous = -1;
    for (const i of picked) {
      if (i === previous) continue;
      const point = points[i];
      if (point !== undefined) out.push(point);
      previous = i;
    }
  };

  for (let i = 0; i < n; i += 1) {
    const point = points[i];
    if (point === undefined) continue;
    const c = Math.min(columns - 1, Math.floor((point[0] - t0) * scale));
    if (c !== column) {
      if (column >= 0) flush();
      column = c;
      first = -1;
      gap = -1;
    }
    const value = point[1];
    if (value === null || value !== value) {
      // The first point of the column's first gap stands for every gap in it.
      if (gap < 0) gap = i;
      continue;
    }
    if (first < 0) {
      first = i;
      min = i;
      max = i;
      minV = value;
      maxV = value;
    } else if (value < minV) {
      min = i;
      minV = value;
    } else if (value > maxV) {
      max = i;
      maxV = value;
    }
    last = i;
  }
  flush();
  // A trailing gap ends the series even when an earlier gap in its column stands for it.
  if (out[out.length - 1] !== tail) out.push(tail);
  return out;
}
