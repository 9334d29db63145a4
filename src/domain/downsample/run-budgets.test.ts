import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { runBounds, runBudgets } from './run-budgets';

describe('runBounds', () => {
  it('splits the data at the kept gaps only', () => {
    const gaps = { starts: [3, 10, 20], resumes: [5, 12, 25], spans: [1, 1, 1] };
    const runs = runBounds(1, 30, Int32Array.from([0, 2]), gaps);
    expect([...runs.lo]).toEqual([1, 5, 25]);
    expect([...runs.hi]).toEqual([2, 19, 30]);
  });
});

describe('runBudgets', () => {
  it('gives every run its ends and shares the rest by length', () => {
    const runs = { lo: Int32Array.from([0, 12, 20]), hi: Int32Array.from([9, 12, 99]) };
    // Ends: 2 + 1 + 2; the spare 18 split 8 : 78 and rounded down (one point left unused).
    expect([...runBudgets(runs, 23)]).toEqual([3, 1, 18]);
  });

  it('never exceeds the total or a run’s length, and keeps both ends when the total allows', () => {
    const sizes = fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(sizes, fc.integer({ min: 0, max: 2000 }), (lengths, spare) => {
        const lo = new Int32Array(lengths.length);
        const hi = new Int32Array(lengths.length);
        let start = 0;
        lengths.forEach((length, r) => {
          lo[r] = start;
          hi[r] = start + length - 1;
          start += length + 1;
        });
        const needed = lengths.reduce((sum, length) => sum + Math.min(length, 2), 0);
        const total = needed + spare;
        const budgets = [...runBudgets({ lo, hi }, total)];
        expect(budgets.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total);
        budgets.forEach((budget, r) => {
          expect(budget).toBeLessThanOrEqual(lengths[r]!);
          expect(budget).toBeGreaterThanOrEqual(Math.min(lengths[r]!, 2));
        });
      }),
    );
  });

  it('lets a lone run take fewer than two points when that is all there is', () => {
    expect([...runBudgets({ lo: Int32Array.from([0]), hi: Int32Array.from([9]) }, 1)]).toEqual([1]);
    expect([...runBudgets({ lo: Int32Array.from([0]), hi: Int32Array.from([9]) }, 0)]).toEqual([0]);
  });
});
