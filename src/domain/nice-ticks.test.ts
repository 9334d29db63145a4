import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from './nice-ticks';

/** True when x is a whole multiple of step, to the rounding of a double. */
const isMultiple = (x: number, step: number): boolean => Math.abs(x / step - Math.round(x / step)) < 1e-6;

/** True when step is 1, 2 or 5 × 10^k. */
function isNiceStep(step: number): boolean {
  const exponent = Math.floor(Math.log10(step) + 1e-12);
  const mantissa = step / 10 ** exponent;
  return [1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9);
}

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const range = fc
  .tuple(finite, finite)
  .filter(([a, b]) => a === b || Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));

describe('niceTicks', () => {
  it('gives the ticks D3 documents for d3.ticks(0, 1, 5)', () => {
    // d3-array README: d3.ticks(0, 1, 5) → [0, 0.2, 0.4, 0.6, 0.8, 1] (six ticks at most here).
    expect(niceTicks(0, 1, 6).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('reads an AUC axis as 0.5, 0.6 … 1, not 0.55, 0.64, 0.73', () => {
    expect(niceTicks(0.55, 1, 6)).toEqual({
      ticks: [0.5, 0.6, 0.7, 0.8, 0.9, 1],
      step: 0.1,
      domain: [0.5, 1],
    });
  });

  it('reads an error-rate axis over 0–13 % as 0, 5, 10, 15 %, not 4, 7, 11, 13 %', () => {
    expect(niceTicks(0, 0.13, 6)).toEqual({ ticks: [0, 0.05, 0.1, 0.15], step: 0.05, domain: [0, 0.15] });
  });

  it('reads latency over 0–190 ms in steps of 50 ms, and prints decimals exactly', () => {
    expect(niceTicks(0, 0.19, 6).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
    expect(niceTicks(0.1, 0.35, 6).ticks).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    // −3…7 does not fit six ticks of 2 (−4 … 8 is seven), so the step is 5.
    expect(niceTicks(-3, 7, 6).ticks).toEqual([-5, 0, 5, 10]);
  });

  it('gives a flat range room around it and rejects what it cannot scale', () => {
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    const flat = niceTicks(0.5, 0.5, 6);
    expect(flat.ticks[0]).toBeLessThanOrEqual(0.5);
    expect(flat.ticks.at(-1)).toBeGreaterThanOrEqual(0.5);
    // A flat range too small for its own padding still gets an axis.
    expect(niceTicks(9.4e-323, 9.4e-323, 2).ticks).toEqual([0, 1]);
    expect(niceTicks(-5e5, 5e5, 2).ticks).toEqual([-5e5, 0, 5e5]);
    expect(() => niceTicks(0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => niceTicks(0, 1, 1)).toThrow(RangeError);
  });

  it('ticks are multiples of 1, 2 or 5 × 10^k, evenly spaced, at most maxTicks, and cover the range tightly', () => {
    fc.assert(
      fc.property(range, fc.integer({ min: 2, max: 12 }), ([a, b], maxTicks) => {
        const { ticks, step, domain } = niceTicks(a, b, maxTicks);
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        expect(isNiceStep(step)).toBe(true);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        // Consecutive multiples of the step: a range across 0 takes three at least.
        expect(ticks.length).toBeLessThanOrEqual(lo < 0 && hi > 0 ? Math.max(3, maxTicks) : maxTicks);
        for (const [k, tick] of ticks.entries()) {
          expect(isMultiple(tick, step)).toBe(true);
          if (k > 0) expect(tick - ticks[k - 1]!).toBeCloseTo(step, 9);
        }
        // Covers: the domain holds the range exactly; the ticks to the rounding of a double.
        expect(domain[0]).toBeLessThanOrEqual(lo);
        expect(domain[1]).toBeGreaterThanOrEqual(hi);
        const slack = step * 1e-6;
        expect(ticks[0]!).toBeLessThanOrEqual(lo + slack);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(hi - slack);
        // Tightly: no more than one step of axis beyond either end (a flat range excepted).
        if (lo < hi) {
          expect(ticks[0]!).toBeGreaterThan(lo - step - slack);
          expect(ticks.at(-1)!).toBeLessThan(hi + step + slack);
        }
      }),
    );
  });
});
