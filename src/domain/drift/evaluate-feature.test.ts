import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { describeMethod, type MethodDescriptor } from './drift-method';
import { type DefinedDriftResult, evaluateFeature } from './evaluate-feature';
import { expectClose } from './testing/expect-close';
import type { CategoricalProfile, FeatureProfile, NumericProfile } from './feature-profile';
import { jensenShannonDistance } from './jensen-shannon';
import { psi } from './psi';
import { defined } from './testing/defined';
import { twoProportionZTest } from './z-test';

// Expected scores are the reference values quoted in ks.test.ts, reference-histograms.ts and chi-square.test.ts.

/** evaluateFeature, asserted defined. */
function scored(profile: FeatureProfile, descriptor: MethodDescriptor): DefinedDriftResult {
  const result = evaluateFeature(profile, descriptor);
  if (!result.defined) throw new Error(`expected a defined score, got: ${result.reason}`);
  return result;
}
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
  it('runs K–S on the bins, exactly for 100 rows a side, and says so', () => {
    const result = scored(numeric, describeMethod('ks'));
    expect(result).toMatchObject({
      method: 'ks',
      direction: 'p-value-below',
      threshold: 0.05,
      drifted: true,
      defined: true,
      pValueMethod: 'exact',
    });
    expectClose(result.score, 0.0059794218805947034, 1e-9);
    expect(result.pValue).toBe(result.score);
    expectClose(result.statistic ?? Number.NaN, 0.2, 1e-12);
    expect(scored(numeric, describeMethod('ks', 0.005)).drifted).toBe(false);
  });

  it('scores normalised Wasserstein on the bins', () => {
    const result = scored(numeric, describeMethod('wasserstein-norm'));
    expectClose(result.score, 0.47440095285108397, 1e-12);
    expect(result).toMatchObject({ drifted: true, direction: 'score-above' });
    expect(result.pValue).toBeUndefined();
    expect(scored(numeric, describeMethod('wasserstein-norm', 0.5)).drifted).toBe(false);
  });

  it('runs chi-square over the union of categories', () => {
    const result = scored(categorical, describeMethod('chi-square'));
    expectClose(result.score, 0.005835694980775532, 1e-10);
    expectClose(result.statistic ?? Number.NaN, 12.506240500000008, 1e-12);
    expect(result.drifted).toBe(true);
  });

  it('aligns categories for the distances', () => {
    const js = scored(categorical, describeMethod('jensen-shannon'));
    expect(js.score).toBe(jensenShannonDistance([500, 300, 200, 0], [480, 330, 189, 1]));
    expect(js.drifted).toBe(false);
    const stability = scored(categorical, describeMethod('psi'));
    expect(stability.score).toBe(psi([500, 300, 200, 0], [480, 330, 189, 1]));
    expect(scored(numeric, describeMethod('hellinger')).score).toBeGreaterThan(0);
  });

  it('runs the z-test on a binary feature, categorical or binned', () => {
    const flag: CategoricalProfile = {
      kind: 'categorical',
      refCategories: { true: 300, false: 700 },
      curCategories: { true: 45, false: 55 },
    };
    const result = scored(flag, describeMethod('z-test'));
    expect(result.pValue).toBe(defined(twoProportionZTest([300, 700], [45, 55])).pValue);
    expect(result.drifted).toBe(true);
    const binned: NumericProfile = {
      kind: 'numeric',
      edges: [0, 0.5, 1, 1.5],
      refCounts: [300, 0, 700],
      curCounts: [45, 0, 55],
      distinctValues: 2,
    };
    expect(scored(binned, describeMethod('z-test')).pValue).toBe(result.pValue);
  });

  it('says "not defined", with the reason, instead of a number or a throw', () => {
    const noRows: NumericProfile = { ...numeric, curCounts: [0, 0, 0, 0, 0] };
    for (const method of [
      'ks',
      'wasserstein-norm',
      'chi-square',
      'jensen-shannon',
      'psi',
      'hellinger',
    ] as const) {
      expect(evaluateFeature(noRows, describeMethod(method))).toMatchObject({
        method,
        defined: false,
        drifted: false,
        reason: 'the current window has no rows',
      });
    }
    const single: CategoricalProfile = {
      kind: 'categorical',
      refCategories: { card: 900 },
      curCategories: { card: 80 },
    };
    const chi = evaluateFeature(single, describeMethod('chi-square'));
    expect(chi).toMatchObject({ defined: false });
    expect(!chi.defined && chi.reason).toMatch(/0 degrees of freedom/);
    expect(evaluateFeature(single, describeMethod('z-test'))).toMatchObject({ defined: false });
    const nothing: CategoricalProfile = { kind: 'categorical', refCategories: {}, curCategories: {} };
    expect(evaluateFeature(nothing, describeMethod('jensen-shannon'))).toMatchObject({ defined: false });
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
          expect(b.defined).toBe(a.defined);
          if (a.defined && b.defined) expectClose(b.score, a.score, 1e-9, 1e-12);
        }
      }),
    );
  });
});
