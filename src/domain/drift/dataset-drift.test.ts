import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { datasetDrift, type FeatureDrift } from './dataset-drift';
import { describeMethod, isDrifted } from './drift-method';

function tested(feature: string, pValue: number, threshold = 0.05): FeatureDrift {
  const descriptor = describeMethod('ks', threshold);
  return {
    feature,
    result: {
      ...descriptor,
      defined: true,
      score: pValue,
      pValue,
      statistic: 0.1,
      drifted: isDrifted(pValue, descriptor),
    },
  };
}

function scored(feature: string, score: number): FeatureDrift {
  const descriptor = describeMethod('wasserstein-norm');
  return { feature, result: { ...descriptor, defined: true, score, drifted: isDrifted(score, descriptor) } };
}

function undefinedFeature(feature: string): FeatureDrift {
  const descriptor = describeMethod('chi-square');
  return {
    feature,
    result: { ...descriptor, defined: false, drifted: false, reason: 'the current window has no rows' },
  };
}

describe('datasetDrift', () => {
  it('drifts when the share of drifted features reaches the drift share (inclusive)', () => {
    const features = [tested('a', 0.01), tested('b', 0.2), scored('c', 0.3), scored('d', 0.05)];
    expect(datasetDrift(features)).toMatchObject({
      drifted: true,
      driftedCount: 2,
      featureCount: 4,
      share: 0.5,
      driftShare: 0.5,
      correction: 'none',
    });
    expect(datasetDrift(features, { driftShare: 0.75 }).drifted).toBe(false);
  });

  it('leaves features whose statistic is not defined out of the share and the correction', () => {
    const features = [tested('a', 0.01), scored('b', 0.01), undefinedFeature('c'), undefinedFeature('d')];
    // Counted as "not drifted", c and d would bring the share from 1/2 down to 1/4.
    expect(datasetDrift(features)).toMatchObject({
      drifted: true,
      driftedCount: 1,
      featureCount: 2,
      notDefinedCount: 2,
      share: 0.5,
    });
    const corrected = datasetDrift(features, { correction: 'bonferroni' });
    expect(corrected.features.map((f) => f.feature)).toEqual(['a', 'b']);
    // One p-value in the family: Bonferroni leaves it as it is.
    expect(corrected.features[0]?.adjustedPValue).toBe(0.01);
  });

  it('is not drifted without features and rejects a meaningless share', () => {
    expect(datasetDrift([])).toMatchObject({ drifted: false, share: 0, featureCount: 0 });
    expect(() => datasetDrift([], { driftShare: 0 })).toThrow(RangeError);
    expect(() => datasetDrift([], { driftShare: 1.5 })).toThrow(RangeError);
  });

  it('corrects only p-value features, over the family of p-value features', () => {
    // p = 0.01, 0.03, 0.04 over 3 tests; BH → 0.03, 0.04, 0.04; Bonferroni → 0.03, 0.09, 0.12.
    const features = [tested('a', 0.01), tested('b', 0.03), tested('c', 0.04), scored('d', 0.5)];
    const bonferroni = datasetDrift(features, { correction: 'bonferroni' });
    expect(bonferroni.features.map((f) => f.drifted)).toEqual([true, false, false, true]);
    expect(bonferroni.features[1]?.adjustedPValue).toBeCloseTo(0.09, 12);
    expect(bonferroni.features[3]?.adjustedPValue).toBeUndefined();
    expect(bonferroni).toMatchObject({ driftedCount: 2, drifted: true });

    const bh = datasetDrift(features, { correction: 'benjamini-hochberg' });
    expect(bh.features.map((f) => f.drifted)).toEqual([true, true, true, true]);
    expect(bh.features.map((f) => f.adjustedPValue)).toEqual([0.03, 0.04, 0.04, undefined]);
  });

  it('never flags more features with a correction than without', () => {
    const feature = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }).map((p) => tested('t', p)),
      fc.double({ min: 0, max: 2, noNaN: true }).map((s) => scored('s', s)),
    );
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 30 }), (features) => {
        const plain = datasetDrift(features).driftedCount;
        const bh = datasetDrift(features, { correction: 'benjamini-hochberg' }).driftedCount;
        const bonferroni = datasetDrift(features, { correction: 'bonferroni' }).driftedCount;
        expect(bh).toBeLessThanOrEqual(plain);
        expect(bonferroni).toBeLessThanOrEqual(bh);
      }),
    );
  });
});
