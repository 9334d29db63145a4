import { describe, expect, it } from 'vitest';
import type { DriftReport, DriftTimeline } from '../../../domain/monitoring';
import { analyseDrift } from './analyse-drift';

const H = 3_600_000;

/** Two numeric features (one moved) and one categorical (a new category), 1,500 reference rows. */
function report(config: DriftReport['config'] = { overrides: {} }): DriftReport {
  return {
    model: 'm',
    version: '1',
    task: 'classification',
    window: { from: 0, to: 2 * H },
    reference: { version: '1', label: 'The training data of v1', rows: 1_500 },
    currentRows: 600,
    features: [
      {
        name: 'steady',
        profile: {
          kind: 'numeric',
          edges: [0, 1, 2, 3],
          refCounts: [500, 500, 500],
          curCounts: [200, 200, 200],
        },
      },
      {
        name: 'moved',
        profile: {
          kind: 'numeric',
          edges: [0, 1, 2, 3],
          refCounts: [500, 500, 500],
          curCounts: [60, 180, 360],
        },
      },
      {
        name: 'method',
        profile: {
          kind: 'categorical',
          refCategories: { a: 1_000, b: 500 },
          curCategories: { a: 300, b: 150, c: 150 },
        },
      },
    ],
    config,
    markers: [],
  };
}

const timeline: DriftTimeline = {
  stepSeconds: 3600,
  bucketStarts: [0, H],
  features: [
    {
      name: 'steady',
      axis: { kind: 'numeric', edges: [0, 1, 2, 3] },
      counts: [
        [100, 100, 100],
        [100, 100, 100],
      ],
    },
    {
      name: 'moved',
      axis: { kind: 'numeric', edges: [0, 1, 2, 3] },
      counts: [
        [100, 100, 100],
        [0, 0, 0],
      ],
    },
    {
      name: 'method',
      axis: { kind: 'categorical', categories: ['a', 'b', 'c'] },
      counts: [
        [200, 100, 0],
        [100, 50, 150],
      ],
    },
  ],
};

describe('analyseDrift', () => {
  it('picks the default methods for a 1,500-row reference and puts the worst first', () => {
    const analysis = analyseDrift({ report: report(), settings: { overrides: {} } });
    expect(analysis.features.map((f) => [f.name, f.method.method, f.drifted])).toEqual([
      ['moved', 'wasserstein-norm', true],
      ['method', 'jensen-shannon', true],
      ['steady', 'wasserstein-norm', false],
    ]);
    expect(analysis.dataset).toMatchObject({ driftedCount: 2, featureCount: 3, drifted: true });
    expect(analysis.status).toBe('critical');
  });

  it('applies the model’s settings, then the user’s on top, field by field', () => {
    const model = report({
      overrides: { model: { numeric: { method: 'psi', threshold: 0.2 } } },
      driftShare: 0.9,
    });
    const fromModel = analyseDrift({ report: model, settings: { overrides: {} } });
    expect(fromModel.features.find((f) => f.name === 'moved')?.method).toMatchObject({
      method: 'psi',
      threshold: 0.2,
      source: 'model',
    });
    expect(fromModel.status).toBe('warning');

    const user = analyseDrift({
      report: model,
      settings: {
        overrides: { model: { numeric: { threshold: 5 } }, features: { method: { method: 'chi-square' } } },
        driftShare: 0.5,
      },
    });
    expect(user.features.find((f) => f.name === 'moved')?.method).toMatchObject({
      method: 'psi',
      threshold: 5,
    });
    expect(user.features.find((f) => f.name === 'method')?.method).toMatchObject({
      method: 'chi-square',
      source: 'feature',
    });
    expect(user.settings.driftShare).toBe(0.5);
  });

  it('falls back to the default, and says so, when an override cannot apply to a feature', () => {
    const analysis = analyseDrift({
      report: report(),
      settings: { overrides: { features: { method: { method: 'ks' } } } },
    });
    const method = analysis.features.find((f) => f.name === 'method');
    expect(method?.method.method).toBe('jensen-shannon');
    expect(method?.error).toMatch(/ks cannot test categorical feature method; using the default/);
  });

  it('corrects p-values over the features when asked, and shows the adjusted value', () => {
    const settings = {
      overrides: {
        model: { numeric: { method: 'ks' as const }, categorical: { method: 'chi-square' as const } },
      },
    };
    const plain = analyseDrift({ report: report(), settings });
    const corrected = analyseDrift({ report: report(), settings: { ...settings, correction: 'bonferroni' } });
    const steady = (a: typeof plain) => a.features.find((f) => f.name === 'steady');
    const plainResult = steady(plain)?.result;
    expect(steady(plain)?.adjustedPValue).toBeUndefined();
    expect(steady(corrected)?.adjustedPValue).toBeCloseTo(
      Math.min(1, 3 * (plainResult?.defined ? (plainResult.pValue ?? 0) : 0)),
      10,
    );
  });

  it('scores every bucket, leaving empty ones as gaps, and the share of drifted features per bucket', () => {
    const analysis = analyseDrift({ report: report(), timeline, settings: { overrides: {} } });
    const moved = analysis.features.find((f) => f.name === 'moved');
    expect(moved?.series.map(([t, v]) => [t, v === null ? null : Number(v.toFixed(3))])).toEqual([
      [0, 0],
      [H, null],
    ]);
    // Bucket 1: `method` has drifted (c appears), `steady` has not, `moved` has no rows.
    expect(analysis.shareSeries).toEqual([
      [0, 0],
      [H, 0.5],
    ]);
  });

  it('says "not defined", with the reason, when a feature has no live rows, and leaves it out of the share', () => {
    const empty = report();
    empty.features[0] = {
      name: 'steady',
      profile: { kind: 'numeric', edges: [0, 1, 2, 3], refCounts: [5, 5, 5], curCounts: [0, 0, 0] },
    };
    const analysis = analyseDrift({ report: empty, settings: { overrides: {} } });
    const steady = analysis.features.find((f) => f.name === 'steady');
    expect(steady).toMatchObject({ drifted: false, excess: 0 });
    expect(steady?.result).toMatchObject({ defined: false, reason: 'the current window has no rows' });
    expect(steady?.error).toBeUndefined();
    expect(analysis.dataset).toMatchObject({ featureCount: 2, notDefinedCount: 1 });
  });

  it('chooses the method by distinct values and says why', () => {
    const small = report();
    const flag = {
      name: 'is_new',
      profile: {
        kind: 'categorical' as const,
        refCategories: { yes: 300, no: 500 },
        curCategories: { yes: 90, no: 60 },
      },
    };
    small.reference = { ...small.reference, rows: 800 };
    small.features = [...small.features, flag];
    const analysis = analyseDrift({ report: small, settings: { overrides: {} } });
    expect(analysis.features.find((f) => f.name === 'is_new')?.method).toMatchObject({
      method: 'z-test',
      reason: 'categorical, 2 distinct values, 800 reference rows (at most 1,000)',
    });
    expect(analysis.features.find((f) => f.name === 'method')?.method.method).toBe('chi-square');
    expect(analysis.features.find((f) => f.name === 'moved')?.method.method).toBe('ks');
  });
});
