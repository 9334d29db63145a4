import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isNotDefined } from './not-defined';
import { defined } from './testing/defined';
import { expectClose } from './testing/expect-close';
import { twoProportionZTest } from './z-test';

// Evidently's z stattest (proportions_diff_z_stat_ind and proportions_diff_z_test), by its formula:
// python3 -c "import numpy as np, scipy.stats as st; p1=R1/N1; p2=R2/N2; P=(R1+R2)/(N1+N2);
//   z=(p1-p2)/np.sqrt(P*(1-P)*(1/N1+1/N2)); print(z, 2*(1-st.norm.cdf(abs(z))), 2*st.norm.sf(abs(z)))"
// The last form keeps precision in the far tail; the two agree to 1e-10 here.
const CASES: readonly (readonly [string, readonly number[], readonly number[], number, number])[] = [
  ['30 % vs 45 %', [300, 700], [45, 55], -3.0825105970241062, 0.0020526242199824614],
  ['75 % vs 40 %', [600, 200], [20, 30], 5.4044031707986555, 6.502453826697178e-8],
  ['equal shares', [500, 500], [5000, 5000], 0, 1],
];

describe('twoProportionZTest', () => {
  it.each(CASES)('matches Evidently’s z-test: %s', (_, ref, cur, statistic, pValue) => {
    const result = defined(twoProportionZTest(ref, cur));
    expectClose(result.statistic, statistic, 1e-12, 1e-15);
    expectClose(result.pValue, pValue, 1e-9);
  });

  it('is not defined for an empty side, a single value on both sides (0/0) or more than two values', () => {
    expect(twoProportionZTest([0, 0], [1, 2])).toEqual({
      notDefined: true,
      reason: 'the reference has no rows',
    });
    expect(twoProportionZTest([1, 2], [0, 0])).toEqual({
      notDefined: true,
      reason: 'the current window has no rows',
    });
    // Evidently reports p = 1 here; the pooled variance is 0 and z = 0/0.
    expect(twoProportionZTest([10, 0], [4, 0])).toEqual({
      notDefined: true,
      reason: 'both windows hold a single value: z is 0/0',
    });
    expect(twoProportionZTest([1, 2, 3], [1, 2, 3])).toMatchObject({ notDefined: true });
    // Bins empty on both sides do not count as values.
    expect(isNotDefined(twoProportionZTest([0, 5, 0, 5], [0, 3, 0, 4]))).toBe(false);
  });

  it('is symmetric in the two values and antisymmetric in the two windows', () => {
    const counts = fc.tuple(fc.nat(500), fc.nat(500)).filter(([a, b]) => a + b > 0);
    fc.assert(
      fc.property(counts, counts, (ref, cur) => {
        const result = twoProportionZTest(ref, cur);
        if (isNotDefined(result)) {
          expect(ref[0] + cur[0] === 0 || ref[1] + cur[1] === 0).toBe(true);
          return;
        }
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        const swapped = defined(twoProportionZTest([ref[1], ref[0]], [cur[1], cur[0]]));
        expectClose(swapped.pValue, result.pValue, 1e-9, 1e-300);
        const reversed = defined(twoProportionZTest(cur, ref));
        expectClose(reversed.statistic, -result.statistic, 1e-9, 1e-12);
      }),
    );
  });
});
