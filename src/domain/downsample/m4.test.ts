import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { m4 } from './m4';
import type { TimePoint } from './time-point';

type Point = [number, number | null];

const series = (values: readonly (number | null)[]): Point[] => values.map((v, i) => [i * 1000, v]);

/** Positions of `output` in `input` (by identity); −1 when an output point is not an input point. */
function positionsIn(input: readonly TimePoint[], output: readonly TimePoint[]): number[] {
  const index = new Map(input.map((p, i) => [p, i]));
  return output.map((p) => index.get(p) ?? -1);
}

/** The output's bound: four points a column, a gap marker where a column has gaps, and a trailing gap. */
const bound = (threshold: number): number => 5 * Math.floor(threshold / 4) + 1;

const value = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const seriesArb = fc.array(value, { minLength: 0, maxLength: 400 }).map(series);

describe('m4', () => {
  it('keeps first, min, max and last of each column in a hand-checked example', () => {
    // 16 points in 2 columns of 8 (t 0–7 and 8–15; the last point falls in the last column).
    const input = series([5, 6, 9, 4, 5, 1, 5, 6, 3, 3, 2, 8, 3, 3, 7, 4]);
    // Column 1: first 5 @0, max 9 @2, min 1 @5, last 6 @7. Column 2: first 3 @8, min 2 @10, max 8 @11, last 4 @15.
    expect(m4(input, 8).map(([t]) => t / 1000)).toEqual([0, 2, 5, 7, 8, 10, 11, 15]);
  });

  it('keeps the burst that an average would hide: p95 at 120 ms with one minute at 190 ms', () => {
    // 24 h of p95 a minute (1,440 points) drawn in 180 columns: 8 minutes a column.
    const input = series(Array.from({ length: 1440 }, (_, i) => (i === 777 ? 0.19 : 0.12)));
    const output = m4(input, 720);
    expect(output).toContain(input[777]);
    expect(Math.max(...output.map(([, v]) => v ?? 0))).toBe(0.19);
    // The 8-minute mean of that column would read 0.12875 s: under a 150 ms objective.
  });

  it('keeps a single-point spike or dip of any height, in a series of any length, at every width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.nat(),
        fc.double({ min: 1e-9, max: 1e12, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 4, max: 2000 }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (length, at, height, up, threshold, level) => {
          const spikeAt = at % length;
          // A baseline of noise within ±1 around `level`; the spike stands `height` beyond all of it.
          const input = series(
            Array.from({ length }, (_, i) =>
              i === spikeAt ? level + (up ? 1 + height : -1 - height) : level + Math.sin(i * 12.9898),
            ),
          );
          expect(m4(input, threshold)).toContain(input[spikeAt]);
        },
      ),
    );
  });

  it('keeps first and last, stays within four points a column and returns a time-ordered subsequence', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 4, max: 120 }), (input, threshold) => {
        const output = m4(input, threshold);
        if (input.length <= threshold) {
          expect(output).toBe(input);
          return;
        }
        expect(output.length).toBeLessThanOrEqual(bound(threshold));
        if (input.every(([, v]) => v !== null)) {
          expect(output.length).toBeLessThanOrEqual(threshold);
        }
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

  it('keeps the range of every column, so the drawn line spans what the full series spans', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 4, max: 120 }), (input, threshold) => {
        const output = m4(input, threshold);
        const values = (ps: readonly TimePoint[]): number[] => ps.flatMap(([, v]) => (v === null ? [] : [v]));
        const all = values(input);
        if (all.length === 0) return;
        expect(Math.max(...values(output))).toBe(Math.max(...all));
        expect(Math.min(...values(output))).toBe(Math.min(...all));
      }),
    );
  });

  it('breaks the line at a gap: a column with missing data keeps a gap marker', () => {
    const values: (number | null)[] = Array.from({ length: 1000 }, (_, i) => Math.sin(i / 20));
    for (let i = 300; i < 400; i += 1) values[i] = null;
    const input = series(values);
    const output = m4(input, 40);
    // Ten columns of 100 points: the gap 300–399 is all of column 3, whose marker is its first point.
    expect(output.filter(([, v]) => v === null)).toEqual([[300_000, null]]);
    const at = output.indexOf(input[300]!);
    expect(output[at - 1]![0]).toBeLessThan(300_000);
    expect(output[at + 1]![0]).toBeGreaterThanOrEqual(400_000);
  });

  it('handles edge gaps, all-gap series and a constant time', () => {
    const input = series([null, null, 1, 2, 3, 4, 5, null, null]);
    // One column (threshold 4): first and last data, min = 1 @2, max = 5 @6, the first gap, then the trailing gap.
    expect(m4(input, 4)).toEqual([input[0], input[2], input[6], input[8]]);
    const gaps = series([null, null, null, null, null]);
    expect(m4(gaps, 4)).toEqual([gaps[0], gaps[4]]);
    const sameTime: Point[] = [
      [0, 1],
      [0, 3],
      [0, 2],
      [0, 0],
      [0, 2],
    ];
    expect(m4(sameTime, 4)).toEqual([sameTime[0], sameTime[1], sameTime[3], sameTime[4]]);
  });

  it('returns short input unchanged and rejects bad thresholds', () => {
    const input = series([1, 2, 3]);
    expect(m4(input, 4)).toBe(input);
    expect(() => m4(input, 3)).toThrow(RangeError);
    expect(() => m4(input, 4.5)).toThrow(RangeError);
  });

  // Its speed is measured by `npm run bench`, not asserted here: timings flake on shared machines.
  it('downsamples 1,000,000 points with gaps to about 720 and keeps the gaps', () => {
    const input: Point[] = Array.from({ length: 1_000_000 }, (_, i) => [
      1_700_000_000_000 + i * 1000,
      i % 50_000 < 200 ? null : Math.sin(i / 5000) + Math.sin(i / 37),
    ]);
    const output: readonly TimePoint[] = m4(input, 720);
    expect(output.length).toBeLessThanOrEqual(bound(720));
    expect(output.length).toBeGreaterThan(700);
    expect(output.filter(([, v]) => v === null).length).toBe(20);
  });
});
