import { defined } from './testing/defined';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countVectorPair, permutedPair } from './testing/count-arbitraries';
import { expectClose } from './testing/expect-close';
import { DEFAULT_JS_LOG_BASE, jensenShannonDistance, type LogBase, maxJensenShannon } from './jensen-shannon';

/** jensenShannonDistance, asserted defined. */
const js = (ref: readonly number[], cur: readonly number[], base?: LogBase): number =>
  defined(jensenShannonDistance(ref, cur, base));

// python3 -c "from scipy.spatial.distance import jensenshannon; print(jensenshannon(P, Q), jensenshannon(P, Q, base=2))"
// The first is SciPy's and Evidently's default (natural log), the second base 2.
const CASES: readonly (readonly [readonly number[], readonly number[], number, number])[] = [
  [[120, 340, 280, 160, 100], [90, 310, 300, 200, 100], 0.052031110906229305, 0.06249573326352507],
  [[50, 0, 30, 20], [40, 10, 0, 50], 0.4178757172728631, 0.5019198881041468],
  [[1, 0], [0, 1], 0.8325546111576977, 1.0],
  [[0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1], 0.3262516441126745, 0.3918681606471552],
  [[5, 5, 5, 5, 0, 0], [0, 0, 1, 1, 9, 9], 0.7469797975180145, 0.8972141737096521],
];

describe('jensenShannonDistance', () => {
  it.each(CASES)(
    'matches scipy jensenshannon in natural log and base 2: %j vs %j',
    (p, q, natural, base2) => {
      expectClose(js(p, q), natural, 1e-12);
      expectClose(js(p, q, 'natural'), natural, 1e-12);
      expectClose(js(p, q, 2), base2, 1e-12);
    },
  );

  it('defaults to the natural log, Evidently’s base, where 0.1 is its threshold', () => {
    expect(DEFAULT_JS_LOG_BASE).toBe('natural');
    // The same distributions read 1/√ln 2 ≈ 1.2 times higher in base 2: a stricter 0.1.
    expectClose(
      js([120, 340, 280, 160, 100], [90, 310, 300, 200, 100], 2) /
        js([120, 340, 280, 160, 100], [90, 310, 300, 200, 100]),
      1 / Math.sqrt(Math.LN2),
      1e-12,
    );
    expectClose(maxJensenShannon(), Math.sqrt(Math.LN2), 1e-15);
    expect(maxJensenShannon(2)).toBe(1);
  });

  it('is symmetric, within [0, its maximum] and 0 for identical inputs', () => {
    fc.assert(
      fc.property(countVectorPair(), ([ref, cur]) => {
        const distance = js(ref, cur);
        expect(distance).toBeGreaterThanOrEqual(0);
        expect(distance).toBeLessThanOrEqual(maxJensenShannon());
        expect(js(ref, cur, 2)).toBeLessThanOrEqual(1);
        expectClose(js(cur, ref), distance, 1e-12, 1e-15);
        expect(js(ref, ref)).toBe(0);
      }),
    );
  });

  it('does not depend on the order of the bins', () => {
    fc.assert(
      fc.property(permutedPair(), ({ ref, cur, permutedRef, permutedCur }) => {
        expectClose(js(permutedRef, permutedCur), js(ref, cur), 1e-12, 1e-15);
      }),
    );
  });

  it('rejects mismatched inputs and is not defined for an empty side', () => {
    expect(() => jensenShannonDistance([1], [1, 2])).toThrow(RangeError);
    expect(jensenShannonDistance([0], [1])).toEqual({
      notDefined: true,
      reason: 'the reference has no rows',
    });
    expect(jensenShannonDistance([1, 2], [0, 0])).toEqual({
      notDefined: true,
      reason: 'the current window has no rows',
    });
  });
});
