import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { describeMethod } from './drift-method';
import { evaluateFeature } from './evaluate-feature';
import { expectClose } from './testing/expect-close';
import type { CategoricalProfile, NumericProfile } from './feature-profile';
import { jensenShannonDistance } from './jensen-shannon';
import { psi } from './psi';

// Expected scores are the SciPy values quoted in ks.test.ts, reference-histograms.ts and chi-square.test.ts.
const numeric: NumericProfile = {
  kind: 'numeric',
  edges: [0, 1, 2, 3, 4, 5],
  refCounts: [10, 25, 40, 20, 5],
  curCounts: [5, 15, 35, 30, 15],
};

const categorical: CategoricalProfile = {
  kind: 'categorical',
  refCategories: { red: 500, green: 300, blue: 200 },
  curCategories: { red: 480, green: 330, blue: 189, magenta: 1 },
};

describe('evaluateFeature', () => {
  it('runs K–S on the bins and compares its p-value with the threshold', () => {
    const result = evaluateFeature(numeric, describeMethod('ks'));
    expect(result).toMatchObject({
      method: 'ks',
      direction: 'p-value-below',
      threshold: 0.05,
      drifted: true,
    });
    expectClose(result.score, 0.03663105270711945, 1e-10);
    expect(result.pValue).toBe(result.score);
    expectClose(result.statistic ?? Number.NaN, 0.2, 1e-12);
    expect(evaluateFeature(numeric, describeMethod('ks', 0.01)).drifted).toBe(false);
  });

  it('scores normalised Wasserstein on the bins', () => {
    const result = evaluateFeature(numeric, describeMethod('wasserstein-norm'));
    expectClose(result.score, 0.47440095285108397, 1e-12);
    expect(result).toMatchObject({ drifted: true, direction: 'score-above' });
    expect(result.pValue).toBeUndefined();
    expect(evaluateFeature(numeric, describeMethod('wasserstein-norm', 0.5)).drifted).toBe(false);
  });

  it('runs chi-square over the union of categories', () => {
    const result = evaluateFeature(categorical, describeMethod('chi-square'));
    expectClose(result.score, 0.005835694980775532, 1e-10);
    expectClose(result.statistic ?? Number.NaN, 12.506240500000008, 1e-12);
    expect(result.drifted).toBe(true);
  });

  it('aligns categories for the distances', () => {
    const js = evaluateFeature(categorical, describeMethod('jensen-shannon'));
    expect(js.score).toBe(jensenShannonDistance([500, 300, 200, 0], [480, 330, 189, 1]));
    expect(js.drifted).toBe(false);
    const stability = evaluateFeature(categorical, describeMethod('psi'));
    expect(stability.score).toBe(psi([500, 300, 200, 0], [480, 330, 189, 1]));
    expect(evaluateFeature(numeric, describeMethod('hellinger')).score).toBeGreaterThan(0);
  });

  it('refuses numeric-only methods on categorical profiles and bad histograms', () => {
    expect(() => evaluateFeature(categorical, describeMethod('ks'))).toThrow(RangeError);
    expect(() => evaluateFeature(categorical, describeMethod('wasserstein-norm'))).toThrow(RangeError);
    expect(() => evaluateFeature({ ...numeric, edges: [0, 1] }, describeMethod('psi'))).toThrow(RangeError);
  });

  it('does not depend on the order in which categories are listed', () => {
    // Keys are prefixed so JavaScript keeps insertion order (integer-like keys would be sorted).
    const categories = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 12,
    });
    const profiles = categories.chain((names) =>
      fc
        .tuple(
          fc.array(fc.nat(1000), { minLength: names.length, maxLength: names.length }),
          fc.array(fc.nat(1000), { minLength: names.length, maxLength: names.length }),
          fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length }),
        )
        .filter(([ref, cur]) => ref.some((v) => v > 0) && cur.some((v) => v > 0))
        .map(([ref, cur, order]) => {
          const record = (counts: number[], keys: readonly string[]): Record<string, number> =>
            Object.fromEntries(keys.map((key) => [`c:${key}`, counts[names.indexOf(key)] ?? 0]));
          const profile = (keys: readonly string[]): CategoricalProfile => ({
            kind: 'categorical',
            refCategories: record(ref, keys),
            curCategories: record(cur, keys),
          });
          return [profile(names), profile(order)] as const;
        }),
    );
    fc.assert(
      fc.property(profiles, ([original, permuted]) => {
        for (const method of ['chi-square', 'jensen-shannon', 'psi', 'hellinger'] as const) {
          const a = evaluateFeature(original, describeMethod(method));
          const b = evaluateFeature(permuted, describeMethod(method));
          expectClose(b.score, a.score, 1e-9, 1e-12);
        }
      }),
    );
  });
});
