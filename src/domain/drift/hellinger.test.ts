import { defined } from './testing/defined';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countVectorPair, permutedPair } from './testing/count-arbitraries';
import { expectClose } from './testing/expect-close';
import { hellingerDistance } from './hellinger';

/** hellingerDistance, asserted defined. */
const hellinger = (ref: readonly number[], cur: readonly number[]): number =>
  defined(hellingerDistance(ref, cur));

// By the formula in NumPy:
// python3 -c "import numpy as np; p=np.array(P,float)/sum(P); q=np.array(Q,float)/sum(Q);
//   print(np.sqrt(np.sum((np.sqrt(p)-np.sqrt(q))**2))/np.sqrt(2))"
const CASES: readonly (readonly [readonly number[], readonly number[], number])[] = [
  [[120, 340, 280, 160, 100], [90, 310, 300, 200, 100], 0.052060703098756544],
  [[50, 0, 30, 20], [40, 10, 0, 50], 0.48637294176712187],
  [[1, 0], [0, 1], 1.0],
  [[0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1], 0.33181629170877724],
  [[5, 5, 5, 5, 0, 0], [0, 0, 1, 1, 9, 9], 0.8811317734879506],
];

describe('hellingerDistance', () => {
  it.each(CASES)('matches the NumPy formula for %j vs %j', (p, q, expected) => {
    expectClose(hellinger(p, q), expected, 1e-12);
  });

  it('is symmetric, within [0, 1], 0 for identical inputs and order-independent', () => {
    fc.assert(
      fc.property(countVectorPair(), ([ref, cur]) => {
        const distance = hellinger(ref, cur);
        expect(distance).toBeGreaterThanOrEqual(0);
        expect(distance).toBeLessThanOrEqual(1);
        expect(hellinger(cur, ref)).toBe(distance);
        expect(hellinger(ref, ref)).toBe(0);
      }),
    );
    fc.assert(
      fc.property(permutedPair(), ({ ref, cur, permutedRef, permutedCur }) => {
        expectClose(hellinger(permutedRef, permutedCur), hellinger(ref, cur), 1e-12, 1e-15);
      }),
    );
  });

  it('is not defined for an empty side', () => {
    expect(hellingerDistance([0, 0], [1, 2])).toEqual({
      notDefined: true,
      reason: 'the reference has no rows',
    });
  });
});
