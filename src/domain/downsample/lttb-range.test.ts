import { describe, expect, it } from 'vitest';

import { lttbRange } from './lttb-range';
import type { TimePoint } from './time-point';

const series = (values: readonly (number | null)[]): TimePoint[] => values.map((v, i) => [i, v]);

describe('lttbRange', () => {
  it('keeps the range ends and one point per bucket', () => {
    const points = series([0, 1, 9, 1, -8, 0, 5, 0]);
    const out: TimePoint[] = [];
    lttbRange(points, 0, 7, 5, out);
    expect(out.map(([t]) => t)).toEqual([0, 2, 4, 6, 7]);
  });

  it('works on a slice of a longer series', () => {
    const points = series([100, 0, 1, 9, 1, -8, 0, 5, 0, 100]);
    const out: TimePoint[] = [];
    lttbRange(points, 1, 8, 5, out);
    expect(out.map(([t]) => t)).toEqual([1, 3, 5, 7, 8]);
  });

  it('skips bridged gap points and lets an all-gap bucket contribute nothing', () => {
    // Buckets [1,2], [3,4], [5,6]; the middle one holds only gaps.
    const points = series([0, 4, 1, null, Number.NaN, 2, 3, 0]);
    const out: TimePoint[] = [];
    lttbRange(points, 0, 7, 5, out);
    expect(out.map(([t]) => t)).toEqual([0, 1, 6, 7]);
    expect(out.every(([, v]) => v !== null && !Number.isNaN(v))).toBe(true);
  });
});
