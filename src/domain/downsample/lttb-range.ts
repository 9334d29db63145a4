import type { TimePoint } from './time-point';

/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013, "Downsampling Time Series for Visual
 * Representation", §4.2) over points[lo…hi], appending at most `budget` of them to `out`
 * (3 ≤ budget; points[lo] and points[hi] must carry values).
 *
 * The first and last points are kept; the points between are split into budget − 2 buckets of
 * equal count, and each bucket contributes the point forming the largest triangle with the point
 * chosen in the previous bucket and the average of the next bucket. Bucket bounds follow the
 * reference implementation (flot-downsample): bucket i spans ⌊i·every⌋+1 … ⌊(i+1)·every⌋.
 *
 * Gap points inside the range (gaps too narrow to keep, see lttb.ts) are skipped: a bucket of
 * gaps only contributes nothing, and when the next bucket has no data the last point stands in
 * for its average. Without gaps this is exactly the reference algorithm.
 *
 * Reads the tuples in place with plain, hand-inlined loops and allocates nothing: buffers sized
 * to millions of points cost more in garbage collection than the algorithm itself, and helper
 * calls or optional chaining in the inner loops double its running time.
 */
export function lttbRange<P extends TimePoint>(
  points: readonly P[],
  lo: number,
  hi: number,
  budget: number,
  out: P[],
): void {
  const first = points[lo];
  const last = points[hi];
  if (first === undefined || last === undefined) return;
  const lastT = last[0];
  const lastV = last[1] ?? 0;
  const every = (hi - lo - 1) / (budget - 2);
  out.push(first);
  let anchorT = first[0];
  let anchorV = first[1] ?? 0;
  for (let bucket = 0; bucket < budget - 2; bucket += 1) {
    // Average of the next bucket: the third corner of the triangle.
    const nextStart = lo + Math.floor((bucket + 1) * every) + 1;
    const nextEnd = Math.min(lo + Math.floor((bucket + 2) * every) + 1, hi + 1);
    let sumT = 0;
    let sumV = 0;
    let n = 0;
    for (let k = nextStart; k < nextEnd; k += 1) {
      const point = points[k];
      if (point === undefined) continue;
      const value = point[1];
      if (value === null || value !== value) continue;
      sumT += point[0];
      sumV += value;
      n += 1;
    }
    const avgT = n > 0 ? sumT / n : lastT;
    const avgV = n > 0 ? sumV / n : lastV;

    const start = lo + Math.floor(bucket * every) + 1;
    const end = lo + Math.floor((bucket + 1) * every) + 1;
    const spanT = anchorT - avgT;
    const spanV = avgV - anchorV;
    let maxArea = -1;
    let best: P | undefined;
    for (let k = start; k < end; k += 1) {
      const point = points[k];
      if (point === undefined) continue;
      const value = point[1];
      if (value === null || value !== value) continue;
      // Twice the triangle's area; the factor ½ does not change which point wins.
      const area = Math.abs(spanT * (value - anchorV) - (anchorT - point[0]) * spanV);
      if (area > maxArea) {
        maxArea = area;
        best = point;
      }
    }
    if (best !== undefined) {
      out.push(best);
      anchorT = best[0];
      anchorV = best[1] ?? 0;
    }
  }
  out.push(last);
}
