import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundToTotal } from './profiles';
import { cycleSum, liveHours, rowsInHour } from './traffic';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 27, 12);

describe('the demo’s traffic', () => {
  it('sums a window’s hours in closed form, equal to adding them up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000, max: 0 }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 0, max: 59 }),
        (start, hours, minutes) => {
          const from = NOW + start * HOUR + minutes * 60_000;
          const to = from + hours * HOUR;
          const added = liveHours(from, to, NOW).reduce((sum, h) => sum + rowsInHour(1, h), 0);
          expect(cycleSum(from, to, NOW)).toBeCloseTo(added, 6);
        },
      ),
    );
  });

  it('never has rows in the future', () => {
    expect(liveHours(NOW - 2 * HOUR, NOW + 5 * HOUR, NOW)).toEqual([NOW - 2 * HOUR, NOW - HOUR]);
  });
});

describe('roundToTotal', () => {
  it('gives non-negative integers that sum to exactly the total, each within one of its share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1_000, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.nat(100_000),
        (weights, total) => {
          fc.pre(weights.some((w) => w > 0));
          const counts = roundToTotal(weights, total);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
          counts.forEach((count, i) => {
            expect(Number.isInteger(count) && count >= 0).toBe(true);
            expect(Math.abs(count - ((weights[i] ?? 0) * total) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});
