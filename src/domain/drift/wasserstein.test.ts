import { defined } from './testing/defined';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countVectorPair } from './testing/count-arbitraries';
import { expectClose } from './testing/expect-close';
import { WASSERSTEIN_HISTOGRAM_CASES as HISTOGRAM_CASES } from './testing/reference-histograms';
import { generatedSample, SAMPLE_A, SAMPLE_B, tiedSample } from './testing/reference-samples';
import { wassersteinFromHistograms, wassersteinFromSamples } from './wasserstein';

/** wassersteinFromHistograms, asserted defined. */
const fromHistograms = (edges: readonly number[], ref: readonly number[], cur: readonly number[]): number =>
  defined(wassersteinFromHistograms(edges, ref, cur));

/** wassersteinFromSamples, asserted defined. */
const fromSamples = (a: readonly number[], b: readonly number[]): number =>
  defined(wassersteinFromSamples(a, b));

// python3 -c "import scipy.stats as st; print(st.wasserstein_distance(A, B))"  (samples: reference-samples.ts)
const SAMPLE_CASES: readonly (readonly [string, readonly number[], readonly number[], number])[] = [
  ['literal', SAMPLE_A, SAMPLE_B, 0.9419000000000002],
  [
    'generated 300 vs 400',
    generatedSample(300, 37, 101, 0),
    generatedSample(400, 53, 97, 0.5),
    0.2894166666666667,
  ],
  ['ties', tiedSample(50, 7), tiedSample(60, 5), 0.9400000000000002],
];

const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 100 });

describe('wassersteinFromSamples', () => {
  it.each(SAMPLE_CASES)('matches scipy.stats.wasserstein_distance: %s', (_, a, b, expected) => {
    expectClose(fromSamples(a, b), expected, 1e-12);
  });

  it('is ≥ 0, symmetric, 0 for identical samples and equals the shift of a translated sample', () => {
    fc.assert(
      fc.property(sample, sample, fc.double({ min: -100, max: 100, noNaN: true }), (a, b, shift) => {
        const distance = fromSamples(a, b);
        expect(distance).toBeGreaterThanOrEqual(0);
        expectClose(fromSamples(b, a), distance, 1e-9, 1e-9);
        expect(fromSamples(a, a)).toBe(0);
        expectClose(
          fromSamples(
            a,
            a.map((v) => v + shift),
          ),
          Math.abs(shift),
          1e-9,
          1e-9,
        );
      }),
    );
  });
});

describe('wassersteinFromHistograms', () => {
  it.each(HISTOGRAM_CASES)(
    'matches quadrature over rv_histogram CDFs (case %#)',
    ({ edges, ref, cur, distance }) => {
      expectClose(fromHistograms(edges, ref, cur), distance, 1e-12);
    },
  );

  it('is ≥ 0, symmetric, 0 for identical histograms and at most the width of the support', () => {
    fc.assert(
      fc.property(countVectorPair(), ([ref, cur]) => {
        const edges = Array.from({ length: ref.length + 1 }, (_, i) => i * 0.5);
        const distance = fromHistograms(edges, ref, cur);
        expect(distance).toBeGreaterThanOrEqual(0);
        expect(distance).toBeLessThanOrEqual(ref.length * 0.5 + 1e-12);
        expectClose(fromHistograms(edges, cur, ref), distance, 1e-12, 1e-15);
        expect(fromHistograms(edges, ref, ref)).toBe(0);
      }),
    );
  });

  it('rejects bad edges and is not defined for an empty side', () => {
    expect(() => fromHistograms([0, 1], [1, 1], [1, 1])).toThrow(RangeError);
    expect(wassersteinFromHistograms([0, 1, 2], [0, 0], [1, 1])).toEqual({
      notDefined: true,
      reason: 'the reference has no rows',
    });
    expect(wassersteinFromSamples([1], [])).toEqual({
      notDefined: true,
      reason: 'the current window has no rows',
    });
  });
});
