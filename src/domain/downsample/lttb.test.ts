import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { lttb } from './lttb';
import type { TimePoint } from './time-point';

type Point = [number, number | null];

/**
 * A deliberately plain LTTB, transcribed from Steinarsson (2013) and flot-downsample, used as
 * the oracle for gap-free series.
 */
function referenceLttb(data: readonly Point[], threshold: number): Point[] {
  if (threshold >= data.length) return [...data];
  const sampled: Point[] = [data[0]!];
  const every = (data.length - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    const avgStart = Math.floor((i + 1) * every) + 1;
    const avgEnd = Math.min(Math.floor((i + 2) * every) + 1, data.length);
    const avgSlice = data.slice(avgStart, avgEnd);
    const avgX = avgSlice.reduce((s, p) => s + p[0], 0) / avgSlice.length;
    const avgY = avgSlice.reduce((s, p) => s + p[1]!, 0) / avgSlice.length;
    const [ax, ay] = data[a]!;
    let maxArea = -1;
    let next = a;
    for (let j = Math.floor(i * every) + 1; j < Math.floor((i + 1) * every) + 1; j++) {
      const [x, y] = data[j]!;
      const area = Math.abs((ax - avgX) * (y! - ay!) - (ax - x) * (avgY - ay!)) * 0.5;
      if (area > maxArea) {
        maxArea = area;
        next = j;
      }
    }
    sampled.push(data[next]!);
    a = next;
  }
  sampled.push(data[data.length - 1]!);
  return sampled;
}

const series = (values: readonly (number | null)[]): Point[] => values.map((v, i) => [i * 1000, v]);

/** Positions of `output` in `input` (by identity); −1 when an output point is not an input point. */
function positionsIn(input: readonly TimePoint[], output: readonly TimePoint[]): number[] {
  const index = new Map(input.map((p, i) => [p, i]));
  return output.map((p) => index.get(p) ?? -1);
}

const value = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const seriesArb = fc.array(value, { minLength: 0, maxLength: 400 }).map(series);

describe('lttb', () => {
  it('picks the largest triangles in a hand-checked example', () => {
    // Buckets [1,2], [3,4], [5,6]: the spike at 2, the dip at 4 and the jump at 6 win.
    const input = series([0, 1, 9, 1, -8, 0, 5, 0]);
    expect(lttb(input, 5).map(([t]) => t / 1000)).toEqual([0, 2, 4, 6, 7]);
  });

  it('matches the reference implementation on gap-free series', () => {
    const gapFree = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: 3,
      maxLength: 300,
    });
    fc.assert(
      fc.property(gapFree, fc.integer({ min: 3, max: 100 }), (values, threshold) => {
        const input = series(values);
        expect(lttb(input, threshold)).toEqual(referenceLttb(input, threshold));
      }),
    );
  });

  it('keeps first and last, stays within the threshold and returns a time-ordered subsequence', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 2, max: 120 }), (input, threshold) => {
        const output = lttb(input, threshold);
        expect(output.length).toBeLessThanOrEqual(
          Math.max(threshold, input.length <= threshold ? input.length : 0),
        );
        if (input.length === 0) return;
        expect(output[0]).toBe(input[0]);
        expect(output.at(-1)).toBe(input.at(-1));
        const positions = positionsIn(input, output);
        positions.forEach((position, k) => {
          expect(position).toBeGreaterThanOrEqual(0);
          if (k > 0) expect(position).toBeGreaterThan(positions[k - 1]!);
        });
      }),
    );
  });

  it('keeps every gap when there are few enough, so lines break where data is missing', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 30, max: 120 }), (input, threshold) => {
        const output = lttb(input, threshold);
        const gapRuns = input.filter(
          (p, i) => p[1] === null && (i === 0 || input[i - 1]![1] !== null),
        ).length;
        if (gapRuns > (threshold - 4) / 3) return;
        const positions = positionsIn(input, output);
        // Between any two consecutive output points, if the input has a null there, the output has one too.
        for (let k = 0; k + 1 < positions.length; k += 1) {
          const between = input.slice(positions[k]! + 1, positions[k + 1]);
          const bothData = output[k]![1] !== null && output[k + 1]![1] !== null;
          if (bothData) expect(between.some((p) => p[1] === null)).toBe(false);
        }
      }),
    );
  });

  it('collapses a gap to one marker and keeps the widest gaps when they cannot all fit', () => {
    const values: (number | null)[] = Array.from({ length: 1000 }, (_, i) => Math.sin(i / 20));
    for (let i = 300; i < 400; i += 1) values[i] = null;
    const output = lttb(series(values), 50);
    expect(output.filter(([, v]) => v === null)).toEqual([[300_000, null]]);

    // Alternating data and single-point gaps, plus one wide gap: only a few gaps fit in 11 points.
    const sparse: Point[] = Array.from({ length: 200 }, (_, i) => [i < 100 ? i : i + 500, i % 2 ? null : i]);
    const kept = lttb(sparse, 11);
    expect(kept.length).toBeLessThanOrEqual(11);
    expect(kept).toContain(sparse[99]); // the marker of the 500-wide gap
  });

  it('handles edge gaps, all-gap series and tiny thresholds', () => {
    const input = series([null, null, 1, 2, 3, 4, 5, null, null]);
    expect(lttb(input, 2)).toEqual([input[0], input[8]]);
    expect(lttb(input, 3)).toEqual([input[0], input[6], input[8]]);
    expect(lttb(series([null, 1, 2, 3, 4]), 2)).toEqual([
      [0, null],
      [4000, 4],
    ]);
    expect(lttb(series([1, 2, 3, 4, null]), 2)).toEqual([
      [0, 1],
      [4000, null],
    ]);
    expect(lttb(series([null, null, null, null]), 3)).toEqual([
      [0, null],
      [3000, null],
    ]);
    expect(lttb(series([1, 2, 3, 4, 5]), 2)).toEqual([
      [0, 1],
      [4000, 5],
    ]);
  });

  it('returns short input unchanged and rejects bad thresholds', () => {
    const input = series([1, 2, 3]);
    expect(lttb(input, 3)).toBe(input);
    expect(() => lttb(input, 1)).toThrow(RangeError);
    expect(() => lttb(input, 2.5)).toThrow(RangeError);
  });

  // Its speed is measured by `npm run bench`, not asserted here: timings flake on shared machines.
  it('downsamples 1,000,000 points with gaps to about 1,000', () => {
    const input: Point[] = Array.from({ length: 1_000_000 }, (_, i) => [
      1_700_000_000_000 + i * 1000,
      i % 50_000 < 200 ? null : Math.sin(i / 5000) + Math.sin(i / 37),
    ]);
    const output: readonly TimePoint[] = lttb(input, 1000);
    expect(output.length).toBeLessThanOrEqual(1000);
    expect(output.length).toBeGreaterThan(990);
    expect(output.filter(([, v]) => v === null).length).toBeGreaterThan(0);
  });
});
