import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countVector } from './testing/count-arbitraries';
import { expectClose } from './testing/expect-close';
import { summarizeHistogram } from './histogram-summary';

// scipy.stats.rv_histogram is the same uniform-within-bin model:
// python3 -c "import numpy as np, scipy.stats as st; R=st.rv_histogram((np.array(C,float), np.array(E,float)),
//   density=False); print(R.mean(), R.std(), R.ppf([0.25, 0.5, 0.75]))"
const CASES = [
  {
    edges: [0, 1, 2, 3, 4, 5],
    counts: [10, 25, 40, 20, 5],
    expected: {
      count: 100,
      mean: 2.35,
      std: 1.0539607835841582,
      min: 0,
      max: 5,
      p25: 1.6,
      p50: 2.375,
      p75: 3.0,
    },
  },
  {
    edges: [-3, -1, 0, 0.5, 2, 10],
    counts: [120, 300, 260, 280, 40],
    expected: {
      count: 1000,
      mean: 0.26499999999999996,
      std: 1.6476574279867768,
      min: -3,
      max: 10,
      p25: -0.5666666666666667,
      p50: 0.1538461538461539,
      p75: 0.8750000000000003,
    },
  },
  {
    edges: [0, 1, 2, 3, 4],
    counts: [0, 7, 0, 3],
    expected: {
      count: 10,
      mean: 2.0999999999999996,
      std: 0.9609023536933061,
      min: 1,
      max: 4,
      p25: 1.3571428571428572,
      p50: 1.7142857142857144,
      p75: 3.166666666666667,
    },
  },
] as const;

describe('summarizeHistogram', () => {
  it.each(CASES)('matches rv_histogram (case %#)', ({ edges, counts, expected }) => {
    const summary = summarizeHistogram(edges, counts);
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
      expectClose(summary[key], expected[key], 1e-12, 1e-15);
    }
  });

  it('keeps every statistic inside the non-empty bins, in order', () => {
    const histogram = fc.integer({ min: 1, max: 30 }).chain((n) => countVector(n));
    fc.assert(
      fc.property(histogram, (counts) => {
        const edges = Array.from({ length: counts.length + 1 }, (_, i) => i * i);
        const s = summarizeHistogram(edges, counts);
        expect(s.min).toBeLessThanOrEqual(s.p25);
        expect(s.p25).toBeLessThanOrEqual(s.p50);
        expect(s.p50).toBeLessThanOrEqual(s.p75);
        expect(s.p75).toBeLessThanOrEqual(s.max);
        expect(s.mean).toBeGreaterThan(s.min);
        expect(s.mean).toBeLessThan(s.max);
        expect(s.std).toBeGreaterThan(0);
      }),
    );
  });

  it('rejects empty histograms', () => {
    expect(() => summarizeHistogram([0, 1], [0])).toThrow(RangeError);
  });
});
