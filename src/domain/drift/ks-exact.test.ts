import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ksAsymptoticPValue, ksFromHistograms, ksFromSamples } from './ks';
import { exactFits, KS_EXACT_MAX_CELLS, ksExactPValue } from './ks-exact';
import { defined } from './testing/defined';
import { expectClose } from './testing/expect-close';

// Samples without ties, where SciPy's exact test applies as it is:
// python3 -c "import scipy.stats as st; print(st.ks_2samp(A, B, method='exact').pvalue)"
const spread = (n: number, multiplier: number, modulus: number, scale: number, shift: number): number[] =>
  Array.from({ length: n }, (_, i) => ((i * multiplier) % modulus) / scale + shift);

const NO_TIES: readonly {
  name: string;
  a: readonly number[];
  b: readonly number[];
  pValue: number;
}[] = [
  {
    name: '12 vs 9',
    a: spread(12, 37, 101, 10, 0),
    b: spread(9, 53, 97, 10, 2.05),
    pValue: 0.5466233456945532,
  },
  {
    name: '40 vs 25, shifted',
    a: spread(40, 37, 1009, 100, 0),
    b: spread(25, 53, 997, 100, 3.005),
    pValue: 0.005175802744914014,
  },
  {
    name: '300 vs 200',
    a: spread(300, 37, 1009, 100, 0),
    b: spread(200, 53, 997, 100, 0.905),
    pValue: 0.25476533491263975,
  },
];

// Binned windows, exact permutation p-values by an independent algorithm (hypergeometric steps
// from bin to bin in exact rational arithmetic; the first two also by enumerating every one of
// the C(n + m, n) labellings), beside the asymptotic p-value the bins would otherwise get.
const BINNED: readonly {
  name: string;
  ref: readonly number[];
  cur: readonly number[];
  exact: number;
  asymptotic: number;
}[] = [
  {
    name: 'a 7-row window: drift the asymptotic law misses',
    ref: [5, 6, 5, 4],
    cur: [0, 0, 2, 5],
    exact: 0.02275373579721406,
    asymptotic: 0.0868153638752524,
  },
  {
    name: 'a 7-row window that reads p ≈ 0.36 asymptotically',
    ref: [4, 6, 5, 3],
    cur: [0, 1, 2, 4],
    exact: 0.09448512585812358,
    asymptotic: 0.3571888536725132,
  },
  {
    name: 'a 100-row window against 1,000 reference rows',
    ref: [120, 300, 260, 280, 40],
    cur: [10, 24, 25, 33, 8],
    exact: 0.14662244963541599,
    asymptotic: 0.4530731197950503,
  },
];

/** Pr(D ≥ d) by enumerating every labelling of the pooled binned rows: the definition itself. */
function enumeratedPValue(ref: readonly number[], cur: readonly number[]): number {
  const n = ref.reduce((a, b) => a + b, 0);
  const m = cur.reduce((a, b) => a + b, 0);
  const binOf = ref.flatMap((r, k) => Array.from({ length: r + (cur[k] ?? 0) }, () => k));
  const gap = (refCounts: readonly number[]): number => {
    let r = 0;
    let c = 0;
    let worst = 0;
    refCounts.forEach((count, k) => {
      r += count;
      c += (ref[k] ?? 0) + (cur[k] ?? 0) - count;
      worst = Math.max(worst, Math.abs(r * m - c * n));
    });
    return worst;
  };
  const observed = gap(ref);
  let total = 0;
  let atLeast = 0;
  const chosen = new Array<number>(ref.length).fill(0);
  const visit = (position: number, left: number): void => {
    if (left === 0) {
      total += 1;
      if (gap(chosen) >= observed) atLeast += 1;
      return;
    }
    if (binOf.length - position < left) return;
    const bin = binOf[position] ?? 0;
    chosen[bin] = (chosen[bin] ?? 0) + 1;
    visit(position + 1, left - 1);
    chosen[bin] = (chosen[bin] ?? 0) - 1;
    visit(position + 1, left);
  };
  visit(0, n);
  return atLeast / total;
}

describe('ksExactPValue', () => {
  it.each(NO_TIES)('matches ks_2samp(method="exact") without ties: $name', ({ a, b, pValue }) => {
    const result = defined(ksFromSamples(a, b));
    expect(result.pValueMethod).toBe('exact');
    expectClose(result.pValue, pValue, 1e-9, 1e-13);
  });

  it.each(BINNED)(
    'is the exact permutation p-value over the bins: $name',
    ({ ref, cur, exact, asymptotic }) => {
      const edges = Array.from({ length: ref.length + 1 }, (_, i) => i);
      const result = defined(ksFromHistograms(edges, ref, cur));
      expect(result.pValueMethod).toBe('exact');
      expectClose(result.pValue, exact, 1e-9);
      const n = ref.reduce((a, b) => a + b, 0);
      const m = cur.reduce((a, b) => a + b, 0);
      expectClose(ksAsymptoticPValue(result.statistic, n, m), asymptotic, 1e-9);
    },
  );

  it('equals the enumeration of every labelling, for small binned windows', () => {
    const bins = fc.integer({ min: 1, max: 4 });
    const histograms = bins.chain((length) =>
      fc
        .tuple(
          fc.array(fc.nat(3), { minLength: length, maxLength: length }),
          fc.array(fc.nat(3), { minLength: length, maxLength: length }),
        )
        .filter(([ref, cur]) => ref.some((r) => r > 0) && cur.some((c) => c > 0)),
    );
    fc.assert(
      fc.property(histograms, ([ref, cur]) => {
        const edges = Array.from({ length: ref.length + 1 }, (_, i) => i);
        const result = defined(ksFromHistograms(edges, ref, cur));
        expectClose(result.pValue, enumeratedPValue(ref, cur), 1e-12, 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('is a probability that falls as D grows, and 1 at D = 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (n, m) => {
        let previous = 1;
        for (let k = 0; k <= n; k += 1) {
          const p = ksExactPValue(n, m, k / n);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(previous + 1e-12);
          previous = p;
        }
        expect(ksExactPValue(n, m, 0)).toBe(1);
      }),
      { numRuns: 40 },
    );
  });

  it('runs only under the cell cap and for whole sample sizes', () => {
    expect(KS_EXACT_MAX_CELLS).toBe(250_000);
    expect(exactFits(499, 499)).toBe(true);
    expect(exactFits(500, 500)).toBe(false);
    expect(exactFits(10.5, 3)).toBe(false);
    expect(() => ksExactPValue(0, 3, 0.5)).toThrow(RangeError);
  });
});
