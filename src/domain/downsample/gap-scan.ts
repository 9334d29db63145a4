import type { TimePoint } from './time-point';

export interface Gaps {
  /** Index of each gap's first point (its marker). */
  readonly starts: number[];
  /** Index of the data point that ends each gap. */
  readonly resumes: number[];
  /** Time from the data point before the gap to the one after it. */
  readonly spans: number[];
}

export interface SeriesScan {
  /** Index of the first / last point with a value; −1 when every point is a gap. */
  readonly firstData: number;
  readonly lastData: number;
  /** Gaps strictly between firstData and lastData, in time order. */
  readonly gaps: Gaps;
}

/**
 * The one pass over every point: where the data starts and ends, and the gaps in between
 * (growing arrays cost an allocation per gap, never per point).
 */
export function scanSeries(points: readonly TimePoint[]): SeriesScan {
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
