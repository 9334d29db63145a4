import { describe, expect, it } from 'vitest';

import {
  describeMethod,
  DRIFT_METHODS,
  type DriftMethod,
  isDrifted,
  methodConvention,
  supportsFeatureType,
} from './drift-method';

describe('drift methods', () => {
  it('describes a method with its Evidently default threshold', () => {
    expect(describeMethod('ks')).toEqual({
      method: 'ks',
      threshold: 0.05,
      direction: 'p-value-below',
      label: 'Kolmogorov–Smirnov p-value',
    });
    expect(describeMethod('psi', 0.25)).toMatchObject({ threshold: 0.25, direction: 'score-above' });
  });

  it('rejects thresholds that cannot mean anything', () => {
    expect(() => describeMethod('ks', 1.5)).toThrow(RangeError);
    expect(() => describeMethod('chi-square', 0)).toThrow(RangeError);
    expect(() => describeMethod('jensen-shannon', -0.1)).toThrow(RangeError);
    expect(() => describeMethod('psi', Number.NaN)).toThrow(RangeError);
  });

  it('drifts below the threshold for p-values and at or above it for scores', () => {
    expect(isDrifted(0.04, describeMethod('ks'))).toBe(true);
    expect(isDrifted(0.05, describeMethod('ks'))).toBe(false);
    expect(isDrifted(0.1, describeMethod('wasserstein-norm'))).toBe(true);
    expect(isDrifted(0.09, describeMethod('wasserstein-norm'))).toBe(false);
  });

  it('knows which methods apply to categorical features', () => {
    const categorical = (Object.keys(DRIFT_METHODS) as DriftMethod[]).filter((m) =>
      supportsFeatureType(m, 'categorical'),
    );
    expect(categorical.sort()).toEqual(['chi-square', 'hellinger', 'jensen-shannon', 'psi', 'z-test']);
    expect(supportsFeatureType('ks', 'numeric')).toBe(true);
  });

  it('states each score’s unit and convention, Evidently’s where they agree', () => {
    for (const method of Object.keys(DRIFT_METHODS) as DriftMethod[]) {
      expect(methodConvention(method).length).toBeGreaterThan(0);
    }
    expect(methodConvention('jensen-shannon')).toMatch(/natural log/);
    expect(methodConvention('psi')).toMatch(/natural log/);
    expect(methodConvention('wasserstein-norm')).toMatch(/floored at 0\.001/);
    expect(methodConvention('chi-square')).toMatch(/0\.0001/);
    expect(methodConvention('ks')).toMatch(/exact/);
  });
});
