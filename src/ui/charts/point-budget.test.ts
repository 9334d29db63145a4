import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_POINTS_PER_SERIES, POINT_BUDGET, pointsPerSeries } from './point-budget';

describe('points a series may draw', () => {
  it('gives a chart of few series the full resolution and shares the budget among many', () => {
    expect(pointsPerSeries(1)).toBe(MAX_POINTS_PER_SERIES);
    expect(pointsPerSeries(20)).toBe(MAX_POINTS_PER_SERIES);
    expect(pointsPerSeries(100)).toBe(200);
  });

  it('stays within the budget, in whole M4 columns, above a floor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (n) => {
        const each = pointsPerSeries(n);
        expect(each % 4).toBe(0);
        expect(each).toBeGreaterThanOrEqual(64);
        if (each > 64) expect(each * n).toBeLessThanOrEqual(POINT_BUDGET);
      }),
    );
  });
});
