import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countVectorPair, permutedPair } from './testing/count-arbitraries';
import { expectClose } from './testing/expect-close';
import { jensenShannonDistance } from './jensen-shannon';

// python3 -c "from scipy.spatial.distance import jensenshannon; print(jensenshannon(P, Q, base=2))"
const CASES: readonly (readonly [readonly number[], readonly number[], number])[] = [
  [[120, 340, 280, 160, 100], [90, 310, 300, 200, 100], 0.06249573326352507],
  [[50, 0, 30, 20], [40, 10, 0, 50], 0.5019198881041468],
  [[1, 0], [0, 1], 1.0],
  [[0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1], 0.3918681606471552],
  [[5, 5, 5, 5, 0, 0], [0, 0, 1, 1, 9, 9], 0.8972141737096521],
];

describe('jensenShannonDistance', () => {
  it.each(CASES)('matches scipy jensenshannon(base=2) for %j vs %j', (p, q, expected) => {
    expectClose(jensenShannonDistance(p, q), expected, 1e-12);
  });

  it('is symmetric, within [0, 1] and 0 for identical inputs', () => {
    fc.assert(
      fc.property(countVectorPair(), ([ref, cur]) => {
        const distance = jensenShannonDistance(ref, cur);
        expect(distance).toBeGreaterThanOrEqual(0);
        expect(distance).toBeLessThanOrEqual(1);
        expectClose(jensenShannonDistance(cur, ref), distance, 1e-12, 1e-15);
        expect(jensenShannonDistance(ref, ref)).toBe(0);
      }),
    );
  });

  it('does not depend on the order of the bins', () => {
    fc.assert(
      fc.property(permutedPair(), ({ ref, cur, permutedRef, permutedCur }) => {
        expectClose(
          jensenShannonDistance(permutedRef, permutedCur),
          jensenShannonDistance(ref, cur),
          1e-12,
          1e-15,
        );
      }),
    );
  });

  it('rejects mismatched or empty inputs', () => {
    expect(() => jensenShannonDistance([1], [1, 2])).toThrow(RangeError);
    expect(() => jensenShannonDistance([0], [1])).toThrow(RangeError);
  });
});
