import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { expectClose } from './testing/expect-close';
import { kolmogorovSurvival } from './kolmogorov-distribution';

// [λ, Q(λ)]: python3 -c "import scipy.special as s; [print(x, s.kolmogorov(x)) for x in XS]"
const KOLMOGOROV: readonly (readonly [number, number])[] = [
  [0.02, 1.0],
  [0.1, 1.0],
  [0.3, 0.9999906941986655],
  [0.5, 0.9639452436648751],
  [0.8, 0.5441424115741981],
  [0.82, 0.5119717052984973],
  [0.83, 0.4961909953505036],
  [1.0, 0.26999967167735456],
  [1.2238, 0.10002342783567782],
  [1.36, 0.049485876755377876],
  [1.6, 0.011952043239196616],
  [2.0, 0.0006709252557796953],
  [3.0, 3.045995948942526e-8],
  [5.0, 3.8574996959278356e-22],
];

describe('kolmogorovSurvival', () => {
  it.each(KOLMOGOROV)('Q(%d) matches scipy.special.kolmogorov', (lambda, expected) => {
    expectClose(kolmogorovSurvival(lambda), expected, 1e-12, 1e-15);
  });

  it('is 1 at λ ≤ 0 and decreasing in [0, 1]', () => {
    expect(kolmogorovSurvival(0)).toBe(1);
    expect(kolmogorovSurvival(-1)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, step) => {
          const q = kolmogorovSurvival(x);
          expect(q).toBeGreaterThanOrEqual(0);
          expect(q).toBeLessThanOrEqual(1);
          expect(kolmogorovSurvival(x + step)).toBeLessThanOrEqual(q + 1e-15);
        },
      ),
    );
  });
});
