import { defined } from './testing/defined';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countVectorPair } from './testing/count-arbitraries';
import { expectClose } from './testing/expect-close';
import { psi, psiBand } from './psi';

/** psi, asserted defined. */
const stability = (ref: readonly number[], cur: readonly number[], epsilon?: number): number =>
  defined(psi(ref, cur, epsilon));

// Expected values by the formula in NumPy, with Evidently's fill for empty bins (1e-4, or the
// side's smallest non-zero proportion / 1e6 when that is ≤ 1e-4):
// python3 -c "import numpy as np
// def fill(p): m = p[p != 0].min(); p = p.copy(); p[p == 0] = m / 1e6 if m <= 1e-4 else 1e-4; return p
// r = np.array(REF, float); c = np.array(CUR, float); r = fill(r / r.sum()); c = fill(c / c.sum())
// print(np.sum((c - r) * np.log(c / r)))"
const CASES: readonly (readonly [readonly number[], readonly number[], number])[] = [
  [[120, 340, 280, 160, 100], [90, 310, 300, 200, 100], 0.021707261259791305],
  [[50, 0, 30, 20], [40, 10, 0, 50], 3.388395960602292],
  [[1000, 2000, 3000, 4000], [4000, 3000, 2000, 1000], 0.9128696382935673],
  // The reference's smallest bin is 5e-5 ≤ 1e-4, so its empty bin is filled with 5e-11.
  [[1_000_000, 50, 0], [999_000, 1000, 50], 0.0035375441201265546],
];

describe('psi', () => {
  it.each(CASES)('matches the NumPy formula for %j vs %j', (ref, cur, expected) => {
    expectClose(stability(ref, cur), expected, 1e-13);
  });

  it('is ≥ 0, and 0 for identical or proportional histograms', () => {
    fc.assert(
      fc.property(countVectorPair(), ([ref, cur]) => {
        expect(stability(ref, cur)).toBeGreaterThanOrEqual(0);
        expect(stability(ref, ref)).toBe(0);
        expectClose(
          stability(
            ref,
            ref.map((v) => v * 3),
          ),
          0,
          0,
          1e-15,
        );
      }),
    );
  });

  it('rejects mismatched bins and is not defined for an empty histogram', () => {
    expect(() => stability([1, 2], [1])).toThrow(RangeError);
    expect(psi([0, 0], [1, 1])).toEqual({ notDefined: true, reason: 'the reference has no rows' });
  });

  it('puts scores in Siddiqi bands', () => {
    expect(psiBand(0.05)).toBe('stable');
    expect(psiBand(0.1)).toBe('moderate');
    expect(psiBand(0.2)).toBe('moderate');
    expect(psiBand(0.25)).toBe('significant');
  });
});
