import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { expectClose } from './testing/expect-close';
import { generatedSample, SAMPLE_A, tiedSample } from './testing/reference-samples';
import { summarizeSample } from './sample-summary';

// python3 -c "import numpy as np; print(len(A), np.mean(A), np.std(A), min(A), max(A), np.percentile(A, [25, 50, 75]))"
const CASES = [
  {
    name: 'literal',
    values: SAMPLE_A,
    expected: {
      count: 20,
      mean: 0.3245,
      std: 1.0031922796752373,
      min: -1.73,
      max: 2.36,
      p25: -0.185,
      p50: 0.38,
      p75: 0.7525000000000001,
    },
  },
  {
    name: 'generated',
    values: generatedSample(300, 37, 101, 0),
    expected: {
      count: 300,
      mean: 4.989333333333334,
      std: 2.916279517162616,
      min: 0,
      max: 10,
      p25: 2.475,
      p50: 5,
      p75: 7.5,
    },
  },
  {
    name: 'ties',
    values: tiedSample(50, 7),
    expected: { count: 50, mean: 2.94, std: 2.0239565212721344, min: 0, max: 6, p25: 1, p50: 3, p75: 5 },
  },
] as const;

describe('summarizeSample', () => {
  it.each(CASES)('matches NumPy: $name', ({ values, expected }) => {
    const summary = summarizeSample(values);
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
      expectClose(summary[key], expected[key], 1e-12, 1e-15);
    }
  });

  it('orders min ≤ p25 ≤ p50 ≤ p75 ≤ max with mean inside [min, max]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (values) => {
          const s = summarizeSample(values);
          expect(s.count).toBe(values.length);
          expect(s.min).toBeLessThanOrEqual(s.p25);
          expect(s.p25).toBeLessThanOrEqual(s.p50);
          expect(s.p50).toBeLessThanOrEqual(s.p75);
          expect(s.p75).toBeLessThanOrEqual(s.max);
          expect(s.mean).toBeGreaterThanOrEqual(s.min - 1e-9);
          expect(s.mean).toBeLessThanOrEqual(s.max + 1e-9);
          expect(s.std).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('rejects empty and non-finite samples', () => {
    expect(() => summarizeSample([])).toThrow(RangeError);
    expect(() => summarizeSample([1, Infinity])).toThrow(RangeError);
  });
});
