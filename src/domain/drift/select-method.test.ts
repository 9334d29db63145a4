import { describe, expect, it } from 'vitest';

import { distinctValuesOf } from './feature-profile';
import { defaultChoice, defaultMethod, selectMethod } from './select-method';

describe('defaultMethod (Evidently’s get_default_stattest)', () => {
  it('uses tests up to 1,000 reference rows and distances above', () => {
    expect(defaultMethod('numeric', 1000)).toBe('ks');
    expect(defaultMethod('numeric', 1001)).toBe('wasserstein-norm');
    expect(defaultMethod('categorical', 10, 3)).toBe('chi-square');
    expect(defaultMethod('categorical', 50_000, 3)).toBe('jensen-shannon');
  });

  it('switches on the number of distinct values, as Evidently does', () => {
    // Numeric with ≤ 5 values is tested as categorical; ≤ 2 values and a small reference: z-test.
    expect(defaultMethod('numeric', 800, 6)).toBe('ks');
    expect(defaultMethod('numeric', 800, 5)).toBe('chi-square');
    expect(defaultMethod('numeric', 800, 2)).toBe('z-test');
    expect(defaultMethod('categorical', 800, 2)).toBe('z-test');
    expect(defaultMethod('categorical', 800, 1)).toBe('z-test');
    expect(defaultMethod('numeric', 5000, 6)).toBe('wasserstein-norm');
    expect(defaultMethod('numeric', 5000, 4)).toBe('jensen-shannon');
    expect(defaultMethod('categorical', 5000, 2)).toBe('jensen-shannon');
  });

  it('says why, in words', () => {
    expect(defaultChoice('numeric', 800, 2).reason).toBe(
      'numeric, 2 distinct values, 800 reference rows (at most 1,000)',
    );
    expect(defaultChoice('numeric', 12_000).reason).toBe(
      'numeric, distinct values not reported, taken as continuous, 12,000 reference rows (more than 1,000)',
    );
    expect(defaultChoice('categorical', 50, 1).reason).toBe(
      'categorical, 1 distinct value, 50 reference rows (at most 1,000)',
    );
  });

  it('counts distinct values from the profile', () => {
    expect(
      distinctValuesOf({
        kind: 'categorical',
        refCategories: { a: 3, b: 0 },
        curCategories: { a: 1, c: 2 },
      }),
    ).toBe(2);
    const binned = { kind: 'numeric', edges: [0, 1], refCounts: [1], curCounts: [1] } as const;
    expect(distinctValuesOf(binned)).toBeUndefined();
    expect(distinctValuesOf({ ...binned, distinctValues: 4 })).toBe(4);
  });
});

describe('selectMethod', () => {
  it('returns the default descriptor without overrides', () => {
    expect(selectMethod({ featureType: 'numeric', referenceSize: 500 })).toEqual({
      method: 'ks',
      threshold: 0.05,
      direction: 'p-value-below',
      label: 'Kolmogorov–Smirnov p-value',
      source: 'default',
      reason:
        'numeric, distinct values not reported, taken as continuous, 500 reference rows (at most 1,000)',
    });
    expect(selectMethod({ featureType: 'numeric', referenceSize: 5000 })).toMatchObject({
      method: 'wasserstein-norm',
      threshold: 0.1,
      direction: 'score-above',
    });
    expect(selectMethod({ featureType: 'categorical', referenceSize: 5000 })).toMatchObject({
      method: 'jensen-shannon',
      threshold: 0.1,
    });
  });

  it('lets the model override per feature type, and the feature override the model', () => {
    const overrides = {
      model: { numeric: { method: 'psi', threshold: 0.25 }, categorical: { threshold: 0.01 } },
      features: { age: { method: 'hellinger' }, income: { threshold: 0.2 } },
    } as const;
    expect(
      selectMethod({ featureType: 'numeric', referenceSize: 10, featureName: 'x', overrides }),
    ).toMatchObject({
      method: 'psi',
      threshold: 0.25,
      source: 'model',
      reason: 'set for this model',
    });
    // The feature picks a different method, so the model's PSI threshold does not carry over.
    expect(
      selectMethod({ featureType: 'numeric', referenceSize: 10, featureName: 'age', overrides }),
    ).toMatchObject({
      method: 'hellinger',
      threshold: 0.1,
      source: 'feature',
    });
    // A bare threshold applies to whichever method is chosen.
    expect(
      selectMethod({ featureType: 'numeric', referenceSize: 10, featureName: 'income', overrides }),
    ).toMatchObject({
      method: 'psi',
      threshold: 0.2,
      source: 'feature',
    });
    expect(
      selectMethod({ featureType: 'categorical', referenceSize: 10, featureName: 'x', overrides }),
    ).toMatchObject({
      method: 'chi-square',
      threshold: 0.01,
      source: 'model',
    });
  });

  it('rejects an override that cannot test the feature type', () => {
    expect(() =>
      selectMethod({
        featureType: 'categorical',
        referenceSize: 10,
        featureName: 'country',
        overrides: { features: { country: { method: 'ks' } } },
      }),
    ).toThrow(/ks cannot test categorical feature country/);
  });
});
