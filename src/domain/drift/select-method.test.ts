import { describe, expect, it } from 'vitest';

import { defaultMethod, selectMethod } from './select-method';

describe('defaultMethod (Evidently defaults)', () => {
  it('uses tests up to 1,000 reference rows and distances above', () => {
    expect(defaultMethod('numeric', 1000)).toBe('ks');
    expect(defaultMethod('numeric', 1001)).toBe('wasserstein-norm');
    expect(defaultMethod('categorical', 10)).toBe('chi-square');
    expect(defaultMethod('categorical', 50_000)).toBe('jensen-shannon');
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
