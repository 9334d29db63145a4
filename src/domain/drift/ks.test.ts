import { defined } from './testing/defined';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countVectorPair } from './testing/count-arbitraries';
import { expectClose } from './testing/expect-close';
import { ksAsymptoticPValue, ksFromHistograms, ksFromSamples, type KsResult } from './ks';
import { generatedSample, SAMPLE_A as A, SAMPLE_B as B, tiedSample } from './testing/reference-samples';

/** ksFromHistograms, asserted defined. */
const ksHistograms = (edges: readonly number[], ref: readonly number[], cur: readonly number[]): KsResult =>
  defined(ksFromHistograms(edges, ref, cur));

/** ksFromSamples, asserted defined. */
const ksSamples = (a: readonly number[], b: readonly number[]): KsResult => defined(ksFromSamples(a, b));

// Expected values from SciPy 1.17. Statistic from ks_2samp; asymptotic p-value from the limiting
// Kolmogorov law with nₑ = n·m/(n+m), which is what ksAsymptoticPValue implements:
// python3 -c "import numpy as np, scipy.stats as st; d = st.ks_2samp(A, B).statistic;
//   en = len(A)*len(B)/(len(A)+len(B)); print(d, st.kstwobign.sf(np.sqrt(en)*d),
//   st.ks_2samp(A, B, method='asymp').pvalue)"
// The last value (SciPy's finite-n 'asymp' p-value) is kept to document the gap to SciPy's method.
// `exact` is the permutation p-value given the ties (all these samples share values), from an
// independent algorithm: a dynamic programme over the distinct pooled values with hypergeometric
// steps, in exact rational arithmetic (Python fractions). SciPy's method='exact' ignores ties and
// would give 0.00991, 0.768 and 0.0224: higher, as the continuous formula is conservative with ties.
// The 3000 vs 2000 case is past the exact test's cell cap, so its p-value is the asymptotic one.
// Samples: see reference-samples.ts.
const SAMPLE_CASES: readonly {
  name: string;
  a: readonly number[];
  b: readonly number[];
  statistic: number;
  pValue: number;
  scipyAsymp: number;
  exact?: number;
}[] = [
  {
    name: 'literal, with shared values',
    a: A,
    b: B,
    statistic: 0.47,
    pValue: 0.014761363140405274,
    scipyAsymp: 0.009477408352435157,
    exact: 0.009336510508796853,
  },
  {
    name: 'generated 300 vs 400',
    a: generatedSample(300, 37, 101, 0),
    b: generatedSample(400, 53, 97, 0.5),
    statistic: 0.05,
    pValue: 0.7847698059228017,
    scipyAsymp: 0.766739984148626,
    exact: 0.6971243878369707,
  },
  {
    name: 'heavy ties ([i % 7] vs [i % 5])',
    a: tiedSample(50, 7),
    b: tiedSample(60, 5),
    statistic: 0.28,
    pValue: 0.02778610683270856,
    scipyAsymp: 0.02301675556001248,
    exact: 0.007401586682287608,
  },
  {
    name: 'generated 3000 vs 2000',
    a: generatedSample(3000, 37, 101, 0),
    b: generatedSample(2000, 53, 97, 0.2),
    statistic: 0.02966666666666662,
    pValue: 0.24149875396738718,
    scipyAsymp: 0.23678928765435125,
  },
];

// Binned: SciPy on samples that put every count at its bin centre, whose ECDFs jump only
// inside bins, so their D is the largest gap at the edges:
// python3 -c "c=(E[:-1]+E[1:])/2; a=np.repeat(c,R); b=np.repeat(c,C); ... as above"
// `exact`: the permutation p-value over the bins, by the hypergeometric programme above; the
// second case (1,000 rows a side) is past the cell cap and keeps the asymptotic p-value.
const HISTOGRAM_CASES: readonly {
  edges: readonly number[];
  ref: readonly number[];
  cur: readonly number[];
  statistic: number;
  pValue: number;
  exact?: number;
}[] = [
  {
    edges: [0, 1, 2, 3, 4, 5],
    ref: [10, 25, 40, 20, 5],
    cur: [5, 15, 35, 30, 15],
    statistic: 0.19999999999999996,
    pValue: 0.03663105270711945,
    exact: 0.0059794218805947034,
  },
  {
    edges: [-3, -1, 0, 0.5, 2, 10],
    ref: [120, 300, 260, 280, 40],
    cur: [100, 240, 250, 330, 80],
    statistic: 0.09000000000000008,
    pValue: 0.0006070782761407468,
  },
];

describe('ksFromSamples', () => {
  it.each(SAMPLE_CASES)('matches the reference values: $name', ({ a, b, statistic, pValue, exact }) => {
    const result = ksSamples(a, b);
    expectClose(result.statistic, statistic, 1e-12);
    expectClose(ksAsymptoticPValue(result.statistic, a.length, b.length), pValue, 1e-10);
    if (exact === undefined) {
      expect(result.pValueMethod).toBe('asymptotic');
      expectClose(result.pValue, pValue, 1e-10);
    } else {
      expect(result.pValueMethod).toBe('exact');
      expectClose(result.pValue, exact, 1e-9, 1e-13);
    }
  });

  it('keeps the asymptotic p-value within 3% of ks_2samp(method="asymp") once nₑ is in the hundreds', () => {
    for (const { a, b, scipyAsymp } of SAMPLE_CASES.filter((c) => c.a.length >= 300)) {
      const asymptotic = ksAsymptoticPValue(ksSamples(a, b).statistic, a.length, b.length);
      expect(Math.abs(asymptotic - scipyAsymp) / scipyAsymp).toBeLessThan(0.03);
    }
  });

  it('does not depend on input order, is not defined for an empty sample, rejects bad ones', () => {
    expect(ksSamples([...A].reverse(), B)).toEqual(ksSamples(A, B));
    expect(ksFromSamples([], B)).toEqual({ notDefined: true, reason: 'the reference has no rows' });
    expect(ksFromSamples(A, [])).toEqual({ notDefined: true, reason: 'the current window has no rows' });
    expect(() => ksSamples([1, Number.NaN], B)).toThrow(RangeError);
  });

  it('has D in [0, 1], symmetric, and D = 0, p = 1 for identical samples', () => {
    const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const result = ksSamples(a, b);
        expect(result.statistic).toBeGreaterThanOrEqual(0);
        expect(result.statistic).toBeLessThanOrEqual(1);
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expect(ksSamples(b, a).statistic).toBe(result.statistic);
        expect(ksSamples(a, a)).toMatchObject({ statistic: 0, pValue: 1 });
      }),
    );
  });
});

describe('ksFromHistograms', () => {
  it.each(HISTOGRAM_CASES)(
    'matches the reference values on bin-centre samples (case %#)',
    ({ edges, ref, cur, statistic, pValue, exact }) => {
      const result = ksHistograms(edges, ref, cur);
      expectClose(result.statistic, statistic, 1e-12);
      expect(result.pValueMethod).toBe(exact === undefined ? 'asymptotic' : 'exact');
      expectClose(result.pValue, exact ?? pValue, 1e-9);
    },
  );

  it('has D in [0, 1] and never exceeds D of the samples it was binned from', () => {
    fc.assert(
      fc.property(countVectorPair(200), ([ref, cur]) => {
        const edges = Array.from({ length: ref.length + 1 }, (_, i) => i);
        const { statistic } = ksHistograms(edges, ref, cur);
        expect(statistic).toBeGreaterThanOrEqual(0);
        expect(statistic).toBeLessThanOrEqual(1);
        const spread = (counts: readonly number[]): number[] =>
          counts.flatMap((count, bin) =>
            Array.from({ length: count }, (_, k) => bin + (k + 0.5) / (count + 1)),
          );
        expect(statistic).toBeLessThanOrEqual(ksSamples(spread(ref), spread(cur)).statistic + 1e-12);
      }),
      { numRuns: 50 },
    );
  });

  it('uses the asymptotic p-value for fractional (expected) counts, and is not defined when empty', () => {
    const result = ksHistograms([0, 1, 2, 3, 4, 5], [10, 25, 40, 20, 5], [5, 15, 35, 30.5, 14.5]);
    expect(result.pValueMethod).toBe('asymptotic');
    expect(ksFromHistograms([0, 1, 2], [3, 4], [0, 0])).toEqual({
      notDefined: true,
      reason: 'the current window has no rows',
    });
  });

  it('rejects edges that do not bound the bins', () => {
    expect(() => ksHistograms([0, 1], [1, 2], [1, 2])).toThrow(RangeError);
    expect(() => ksHistograms([0, 2, 1], [1, 2], [1, 2])).toThrow(RangeError);
  });
});
