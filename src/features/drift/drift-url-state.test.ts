import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRIFT_METHODS, type DriftMethod } from '../../domain/drift/drift-method';
import type { MethodOverride } from '../../domain/drift/select-method';
import {
  formatMethodOverrides,
  parseDriftSettings,
  parseMethodOverrides,
  withDriftSettings,
} from './drift-url-state';

const methods = Object.keys(DRIFT_METHODS) as DriftMethod[];
const override: fc.Arbitrary<MethodOverride> = fc
  .record({
    method: fc.option(fc.constantFrom(...methods), { nil: undefined }),
    threshold: fc.option(fc.double({ min: 0.001, max: 10, noNaN: true }), { nil: undefined }),
  })
  .filter((o) => o.method !== undefined || o.threshold !== undefined)
  .map((o) => ({
    ...(o.method !== undefined && { method: o.method }),
    ...(o.threshold !== undefined && { threshold: o.threshold }),
  }));

describe('method overrides in the URL', () => {
  it('reads the documented form', () => {
    expect(
      parseMethodOverrides('numeric:psi@0.2,categorical:jensen-shannon,feature:tenure_months:ks@0.01'),
    ).toEqual({
      model: { numeric: { method: 'psi', threshold: 0.2 }, categorical: { method: 'jensen-shannon' } },
      features: { tenure_months: { method: 'ks', threshold: 0.01 } },
    });
    expect(parseMethodOverrides('numeric:@0.3')).toEqual({
      model: { numeric: { threshold: 0.3 } },
      features: {},
    });
  });

  it('ignores what it cannot read instead of failing', () => {
    expect(
      parseMethodOverrides('numeric:magic,ordinal:psi,feature::psi,categorical:psi@-1,feature:x:psi@abc'),
    ).toEqual({ model: {}, features: {} });
    expect(parseMethodOverrides(null)).toEqual({ model: {}, features: {} });
  });

  it('round-trips any overrides, feature names with separators included', () => {
    fc.assert(
      fc.property(
        fc.record({
          numeric: fc.option(override, { nil: undefined }),
          categorical: fc.option(override, { nil: undefined }),
        }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), override, { maxKeys: 4 }),
        (model, features) => {
          const cleanModel = Object.fromEntries(Object.entries(model).filter(([, v]) => v !== undefined));
          const overrides = { model: cleanModel, features };
          expect(parseMethodOverrides(formatMethodOverrides(overrides))).toEqual(overrides);
        },
      ),
    );
  });
});

describe('drift settings in the URL', () => {
  it('reads the correction and the drift share, rejecting values out of range', () => {
    const params = new URLSearchParams('correction=benjamini-hochberg&driftShare=0.3');
    expect(parseDriftSettings(params)).toMatchObject({ correction: 'benjamini-hochberg', driftShare: 0.3 });
    expect(parseDriftSettings(new URLSearchParams('correction=holm&driftShare=2'))).toMatchObject({
      correction: undefined,
      driftShare: undefined,
    });
  });

  it('writes them back beside the other parameters, removing empty ones', () => {
    const start = new URLSearchParams('range=7d&feature=tenure_months&methods=numeric:psi&driftShare=0.3');
    const next = withDriftSettings(start, {
      overrides: { model: { categorical: { method: 'hellinger' } } },
      correction: 'bonferroni',
    });
    expect(Object.fromEntries(next)).toEqual({
      range: '7d',
      feature: 'tenure_months',
      methods: 'categorical:hellinger',
      correction: 'bonferroni',
    });
  });
});
