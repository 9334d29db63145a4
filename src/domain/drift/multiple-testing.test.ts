import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { expectClose } from './testing/expect-close';
import { adjustPValues, benjaminiHochberg, bonferroni } from './multiple-testing';

// BH: python3 -c "import scipy.stats as st; print(st.false_discovery_control(PS, method='bh'))"
// Bonferroni: python3 -c "import numpy as np; print(np.minimum(1, np.array(PS) * len(PS)))"
const CASES: readonly { p: readonly number[]; bh: readonly number[]; bonferroni: readonly number[] }[] = [
  {
    p: [0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.049],
    bh: [0.035, 0.0686, 0.0686, 0.035, 0.23333333333333336, 0.5, 0.0686],
    bonferroni: [0.07, 0.28, 0.21, 0.035, 1.0, 1.0, 0.343],
  },
  {
    // Benjamini & Hochberg's (1995) worked example: 15 of these are the paper's, padded to 25.
    p: [
      0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216, 0.222, 0.251, 0.269, 0.275, 0.34,
      0.341, 0.384, 0.569, 0.594, 0.696, 0.762, 0.94, 0.942, 0.975, 0.986,
    ],
    bh: [
      0.025, 0.1, 0.21000000000000002, 0.21000000000000002, 0.21000000000000002, 0.25, 0.2642857142857143,
      0.49107142857142866, 0.49107142857142866, 0.49107142857142866, 0.49107142857142866, 0.49107142857142866,
      0.49107142857142866, 0.49107142857142866, 0.5328125, 0.5328125, 0.5647058823529413, 0.781578947368421,
      0.781578947368421, 0.8699999999999999, 0.9071428571428571, 0.986, 0.986, 0.986, 0.986,
    ],
    bonferroni: [0.025, 0.2, 0.975, ...Array.from({ length: 22 }, () => 1)],
  },
  { p: [0.02, 0.02, 0.02], bh: [0.02, 0.02, 0.02], bonferroni: [0.06, 0.06, 0.06] },
];

const pValues = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 });

describe('multiple-testing corrections', () => {
  it.each(CASES)('match SciPy / NumPy (case %#)', ({ p, bh, bonferroni: expected }) => {
    benjaminiHochberg(p).forEach((value, i) => expectClose(value, bh[i] ?? Number.NaN, 1e-12));
    bonferroni(p).forEach((value, i) => expectClose(value, expected[i] ?? Number.NaN, 1e-12));
  });

  it('never lower a p-value, stay ≤ 1, and BH is never stricter than Bonferroni', () => {
    fc.assert(
      fc.property(pValues, (p) => {
        const bh = benjaminiHochberg(p);
        const bf = bonferroni(p);
        p.forEach((value, i) => {
          expect(bh[i]).toBeGreaterThanOrEqual(value);
          expect(bh[i]).toBeLessThanOrEqual(1);
          expect(bh[i]).toBeLessThanOrEqual((bf[i] ?? 1) + 1e-15);
        });
      }),
    );
  });

  it('BH keeps the order of the raw p-values', () => {
    fc.assert(
      fc.property(pValues, (p) => {
        const bh = benjaminiHochberg(p);
        for (let i = 0; i < p.length; i += 1) {
          for (let j = 0; j < p.length; j += 1) {
            if ((p[i] ?? 0) < (p[j] ?? 0)) expect(bh[i]).toBeLessThanOrEqual(bh[j] ?? 1);
          }
        }
      }),
    );
  });

  it('dispatches by name and rejects invalid p-values', () => {
    expect(adjustPValues([0.01, 0.5], 'none')).toEqual([0.01, 0.5]);
    expect(adjustPValues([0.01, 0.5], 'bonferroni')).toEqual([0.02, 1]);
    expect(adjustPValues([0.01, 0.5], 'benjamini-hochberg')).toEqual([0.02, 0.5]);
    expect(() => bonferroni([1.2])).toThrow(RangeError);
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(RangeError);
  });
});
