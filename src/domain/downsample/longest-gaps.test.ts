import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { kthSmallest, longestGaps } from './longest-gaps';

describe('longestGaps', () => {
  it('keeps the widest gaps in their original order, earliest first on ties', () => {
    const spans = [5, 1, 9, 5, 3, 5];
    expect([...longestGaps(spans, 2)]).toEqual([0, 2]);
    expect([...longestGaps(spans, 3)]).toEqual([0, 2, 3]);
    expect([...longestGaps(spans, 10)]).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...longestGaps(spans, 0)]).toEqual([]);
    expect([...longestGaps(spans, -3)]).toEqual([]);
  });

  it('returns exactly min(keep, count) ascending ordinals, none narrower than one left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 })),
        fc.integer({ min: 0, max: 30 }),
        (values, keep) => {
          const kept = [...longestGaps(values, keep)];
          expect(kept).toHaveLength(Math.min(keep, values.length));
          kept.forEach((g, i) => i > 0 && expect(g).toBeGreaterThan(kept[i - 1]!));
          const narrowestKept = Math.min(...kept.map((g) => values[g]!));
          values.forEach((span, g) => {
            if (!kept.includes(g)) expect(span).toBeLessThanOrEqual(narrowestKept);
          });
        },
      ),
    );
  });
});

describe('kthSmallest', () => {
  it('agrees with sorting, duplicates included', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 })
          .chain((values) => fc.tuple(fc.constant(values), fc.nat({ max: values.length - 1 }))),
        ([values, k]) => {
          const sorted = [...values].sort((a, b) => a - b);
          expect(kthSmallest(Float64Array.from(values), k)).toBe(sorted[k]);
        },
      ),
    );
  });
});
