import { defined } from './testing/defined';
import { describe, expect, it } from 'vitest';

import { expectClose } from './testing/expect-close';
import { WASSERSTEIN_HISTOGRAM_CASES as HISTOGRAM_CASES } from './testing/reference-histograms';
import { generatedSample, SAMPLE_A, SAMPLE_B, tiedSample } from './testing/reference-samples';
import {
  WASSERSTEIN_STD_FLOOR,
  wassersteinNormFromHistograms,
  wassersteinNormFromSamples,
} from './wasserstein-norm';

/** wassersteinNormFromHistograms, asserted defined. */
const normFromHistograms = (
  edges: readonly number[],
  ref: readonly number[],
  cur: readonly number[],
): number => defined(wassersteinNormFromHistograms(edges, ref, cur));

/** wassersteinNormFromSamples, asserted defined. */
const normFromSamples = (a: readonly number[], b: readonly number[]): number =>
  defined(wassersteinNormFromSamples(a, b));

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
    expectClose(normFromSamples(a, b), expected, 1e-12);
  });

  it('is scale-free', () => {
    const scaled = (values: readonly number[]): number[] => values.map((v) => v * 1000);
    expectClose(normFromSamples(scaled(SAMPLE_A), scaled(SAMPLE_B)), 0.9389027598028573, 1e-12);
  });

  // Evidently: wasserstein_distance(ref, cur) / max(np.std(ref), 0.001):
  // python3 -c "import numpy as np, scipy.stats as st; print(st.wasserstein_distance([2,2],[2,3]) / max(np.std([2,2]), 0.001))"
  it('floors the reference std at 0.001, as Evidently: a constant that moves has a finite, drifted score', () => {
    expect(WASSERSTEIN_STD_FLOOR).toBe(0.001);
    expect(normFromSamples([2, 2], [2, 2, 2])).toBe(0);
    expectClose(normFromSamples([2, 2], [2, 3]), 500, 1e-12);
    // A reference spread of 1e-6: without the floor 0.5e-3 / 0.5e-6 = 1000; with it 0.5.
    expectClose(normFromSamples([1, 1 + 1e-6], [1.0005, 1.0005 + 1e-6]), 0.5, 1e-6);
  });

  it('is not defined for an empty side', () => {
    expect(wassersteinNormFromSamples([], [1])).toEqual({
      notDefined: true,
      reason: 'the reference has no rows',
    });
    expect(wassersteinNormFromHistograms([0, 1, 2], [1, 1], [0, 0])).toEqual({
      notDefined: true,
      reason: 'the current window has no rows',
    });
  });
});

describe('wassersteinNormFromHistograms', () => {
  // Quadrature divided by rv_histogram(REF).std(), see reference-histograms.ts.
  it.each(HISTOGRAM_CASES)('matches quadrature / rv_histogram std (case %#)', ({ edges, ref, cur, norm }) => {
    expectClose(normFromHistograms(edges, ref, cur), norm, 1e-12);
  });
});
