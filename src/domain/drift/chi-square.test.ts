import { defined } from './testing/defined';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  chiSquareGoodnessOfFit,
  type ChiSquareResult,
  chiSquareTest,
  chiSquareTestCategories,
  SINGLE_CATEGORY_REASON,
} from './chi-square';
import { isNotDefined } from './not-defined';
import { countVectorPair, permutedPair } from './testing/count-arbitraries';
import { expectClose } from './testing/expect-close';

/** chiSquareTestCategories, asserted defined. */
const chiCategories = (ref: Record<string, number>, cur: Record<string, number>): ChiSquareResult =>
  defined(chiSquareTestCategories(ref, cur));

/** chiSquareTest, asserted defined. */
const chi = (ref: readonly number[], cur: readonly number[], epsilon?: number): ChiSquareResult =>
  defined(chiSquareTest(ref, cur, epsilon));

/** chiSquareGoodnessOfFit, asserted defined. */
const goodnessOfFit = (observed: readonly number[], expected: readonly number[]): ChiSquareResult =>
  defined(chiSquareGoodnessOfFit(observed, expected));

// python3 -c "import scipy.stats as st; r = st.chisquare(OBSERVED, EXPECTED); print(r.statistic, r.pvalue)"
const GOODNESS_OF_FIT: readonly (readonly [readonly number[], readonly number[], number, number])[] = [
  [[10, 20, 30, 40], [25, 25, 25, 25], 20.0, 0.00016974243555282632],
  [[3, 9, 12, 8, 18], [10.5, 9.5, 10, 10, 10], 12.583458646616542, 0.013501039630194958],
];

// Expected counts from reference proportions with ε = 1e-4 smoothing, then SciPy:
// python3 -c "import numpy as np, scipy.stats as st; r=np.array(REF,float); o=np.array(CUR,float);
//   p=r/r.sum(); keep=~((p==0)&(o==0)); p=p[keep]; o=o[keep]; p[p==0]=1e-4; p/=p.sum();
//   res=st.chisquare(o, p*o.sum()); print(res.statistic, res.pvalue, len(o)-1)"
const DRIFT_TESTS: readonly (readonly [
  string,
  readonly number[],
  readonly number[],
  number,
  number,
  number,
])[] = [
  [
    'moderate shift',
    [120, 340, 280, 160, 100],
    [90, 310, 300, 200, 100],
    21.57563025210084,
    0.0002434135414196576,
    4,
  ],
  ['no drift', [500, 300, 200], [480, 330, 190], 4.3, 0.11648415777349701, 2],
  ['empty on both sides is dropped', [10, 0, 5, 5], [8, 0, 7, 5], 1.2000000000000002, 0.5488116360940265, 2],
  ['large shift', [50, 30, 20], [0, 30, 70], 175.0, 9.982350930569233e-39, 2],
  [
    'one new category value',
    [500, 300, 200, 0],
    [480, 330, 189, 1],
    12.506240500000008,
    0.005835694980775532,
    3,
  ],
  ['many new category values (p underflows)', [50, 30, 20, 0], [40, 35, 20, 5], 2493.092616666667, 0, 3],
];

describe('chiSquareGoodnessOfFit', () => {
  it.each(GOODNESS_OF_FIT)(
    'matches scipy.stats.chisquare(%j, %j)',
    (observed, expected, statistic, pValue) => {
      const result = goodnessOfFit(observed, expected);
      expectClose(result.statistic, statistic, 1e-12);
      expectClose(result.pValue, pValue, 1e-10);
    },
  );

  it('rejects zero expected counts and mismatched totals; one category is not defined', () => {
    expect(() => goodnessOfFit([1, 1], [2, 0])).toThrow(RangeError);
    expect(() => goodnessOfFit([1, 1], [1, 2])).toThrow(/total/);
    // SciPy: chisquare([5], [5]) gives NaN (0 degrees of freedom); p = 1 would read "no drift".
    expect(chiSquareGoodnessOfFit([5], [5])).toEqual({ notDefined: true, reason: SINGLE_CATEGORY_REASON });
    expect(chiSquareGoodnessOfFit([0, 0], [0, 0])).toEqual({ notDefined: true, reason: 'no observations' });
  });
});

describe('chiSquareTest', () => {
  it.each(DRIFT_TESTS)(
    'matches SciPy with smoothed expected counts: %s',
    (_, ref, cur, statistic, pValue, df) => {
      const result = chi(ref, cur);
      expectClose(result.statistic, statistic, 1e-12);
      expectClose(result.pValue, pValue, 1e-10);
      expect(result.degreesOfFreedom).toBe(df);
    },
  );

  it('is not defined for an empty side or a single category on both sides', () => {
    expect(chiSquareTest([0, 0], [3, 4])).toEqual({ notDefined: true, reason: 'the reference has no rows' });
    expect(chiSquareTest([3, 4], [0, 0])).toEqual({
      notDefined: true,
      reason: 'the current window has no rows',
    });
    expect(chiSquareTest([100, 0], [40, 0])).toEqual({ notDefined: true, reason: SINGLE_CATEGORY_REASON });
    expect(chiSquareTestCategories({ card: 100 }, { card: 40 })).toMatchObject({ notDefined: true });
    expect(chiSquareTestCategories({}, {})).toMatchObject({ notDefined: true });
    // One category in the reference, a new one in current: 1 degree of freedom, and drift.
    expect(chiCategories({ card: 100 }, { card: 40, bnpl: 9 })).toMatchObject({ degreesOfFreedom: 1 });
  });

  it('is not defined exactly when one category remains, else p in [0, 1], and p = 1 for proportional counts', () => {
    fc.assert(
      fc.property(countVectorPair(), ([ref, cur]) => {
        const present = ref.filter((r, i) => r + (cur[i] ?? 0) > 0).length;
        const outcome = chiSquareTest(ref, cur);
        expect(isNotDefined(outcome)).toBe(present === 1);
        if (present === 1) return;
        const result = chi(ref, cur);
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expect(result.statistic).toBeGreaterThanOrEqual(0);
        // Proportional counts: defined only where the reference itself has two categories or more.
        const doubled = chiSquareTest(
          ref,
          ref.map((v) => v * 2),
        );
        if (ref.filter((r) => r > 0).length === 1) {
          expect(isNotDefined(doubled)).toBe(true);
          return;
        }
        const same = defined(doubled);
        expectClose(same.statistic, 0, 0, 1e-9);
        expectClose(same.pValue, 1, 1e-9);
      }),
    );
  });

  it('does not depend on the order of the categories', () => {
    fc.assert(
      fc.property(permutedPair(), ({ ref, cur, permutedRef, permutedCur }) => {
        if (isNotDefined(chiSquareTest(ref, cur))) return;
        const original = chi(ref, cur);
        const permuted = chi(permutedRef, permutedCur);
        expectClose(permuted.statistic, original.statistic, 1e-9, 1e-12);
        expectClose(permuted.pValue, original.pValue, 1e-9, 1e-300);
        expect(permuted.degreesOfFreedom).toBe(original.degreesOfFreedom);
      }),
    );
  });
});

describe('chiSquareTestCategories', () => {
  it('tests the union of categories, whatever the key order', () => {
    const ref = { red: 500, green: 300, blue: 200 };
    const cur = { magenta: 1, blue: 189, red: 480, green: 330 };
    const result = chiCategories(ref, cur);
    expectClose(result.statistic, 12.506240500000008, 1e-12);
    expectClose(result.pValue, 0.005835694980775532, 1e-10);
    const reordered = chiCategories(
      { blue: 200, red: 500, green: 300 },
      { green: 330, magenta: 1, red: 480, blue: 189 },
    );
    expectClose(reordered.pValue, result.pValue, 1e-12);
  });
});
