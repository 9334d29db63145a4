import { describe, expect, it } from 'vitest';

import { expectClose } from './testing/expect-close';
import { WASSERSTEIN_HISTOGRAM_CASES as HISTOGRAM_CASES } from './testing/reference-histograms';
import { generatedSample, SAMPLE_A, SAMPLE_B, tiedSample } from './testing/reference-samples';
import { wassersteinNormFromHistograms, wassersteinNormFromSamples } from './wasserstein-norm';

// python3 -c "import numpy as np, scipy.stats as st; print(st.wasserstein_distance(A, B) / np.std(A))"
const SAMPLE_CASES: readonly (readonly [string, readonly number[], readonly number[], number])[] = [
  ['literal', SAMPLE_A, SAMPLE_B, 0.9389027598028573],
  [
    'generated 300 vs 400',
    generatedSample(300, 37, 101, 0),
    generatedSample(400, 53, 97, 0.5),
    0.09924174447731048,
  ],
  ['ties', tiedSample(50, 7), tiedSample(60, 5), 0.4644368543100788],
];

describe('wassersteinNormFromSamples', () => {
  it.each(SAMPLE_CASES)('matches wasserstein_distance / np.std(reference): %s', (_, a, b, expected) => {
    expectClose(wassersteinNormFromSamples(a, b), expected, 1e-12);
  });

  it('is scale-free', () => {
    const scaled = (values: readonly number[]): number[] => values.map((v) => v * 1000);
    expectClose(wassersteinNormFromSamples(scaled(SAMPLE_A), scaled(SAMPLE_B)), 0.9389027598028573, 1e-12);
  });

  it('is 0 or +∞ for a constant reference', () => {
    expect(wassersteinNormFromSamples([2, 2], [2, 2, 2])).toBe(0);
    expect(wassersteinNormFromSamples([2, 2], [2, 3])).toBe(Infinity);
  });
});

describe('wassersteinNormFromHistograms', () => {
  // Quadrature divided by rv_histogram(REF).std(), see reference-histograms.ts.
  it.each(HISTOGRAM_CASES)('matches quadrature / rv_histogram std (case %#)', ({ edges, ref, cur, norm }) => {
    expectClose(wassersteinNormFromHistograms(edges, ref, cur), norm, 1e-12);
  });
});
