import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../domain/series';
import { nearestPoint } from './nearest-point';

describe('nearestPoint', () => {
  const points: Point[] = [
    [0, 1],
    [10, 2],
    [20, null],
    [30, 4],
  ];

  it('finds the closest sample, gaps included', () => {
    expect(nearestPoint(points, 11)).toEqual([10, 2]);
    expect(nearestPoint(points, 19)).toEqual([20, null]);
    expect(nearestPoint(points, -5)).toEqual([0, 1]);
    expect(nearestPoint(points, 99)).toEqual([30, 4]);
    expect(nearestPoint([], 5)).toBeUndefined();
  });

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1 }),
        fc.integer({ min: -10, max: 1010 }),
        (times, t) => {
          const sorted: Point[] = [...times].sort((a, b) => a - b).map((x) => [x, x]);
          const best = Math.min(...sorted.map(([x]) => Math.abs(x - t)));
          expect(Math.abs(nearestPoint(sorted, t)![0] - t)).toBe(best);
        },
      ),
    );
  });
});
