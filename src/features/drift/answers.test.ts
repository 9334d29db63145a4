import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeMethod } from '../../domain/drift/drift-method';
import type { Point } from '../../domain/series';
import type { DriftAnalysis, FeatureAnalysis } from './compute/analyse-drift';
import { distributionBins } from './distribution-bins';
import { driftAnswer } from './drift-answer';
import { recentDrift } from './recent-drift';

const psi = { ...describeMethod('psi'), source: 'model' as const, reason: 'set for this model' };

function feature(name: string, score: number, series: Point[] = []): FeatureAnalysis {
  const drifted = score >= 0.1;
  return {
    name,
    type: 'numeric',
    method: psi,
    result: { method: 'psi', direction: 'score-above', defined: true, score, threshold: 0.1, drifted },
    drifted,
    excess: score / 0.1,
    series,
  };
}

function analysis(features: FeatureAnalysis[]): DriftAnalysis {
  const driftedCount = features.filter((f) => f.drifted).length;
  return {
    features,
    dataset: {
      drifted: driftedCount / features.length >= 0.5,
      driftedCount,
      featureCount: features.length,
      notDefinedCount: 0,
      share: driftedCount / features.length,
      driftShare: 0.5,
      correction: 'none',
      features: [],
    },
    status: 'warning',
    shareSeries: [],
    settings: { overrides: {}, correction: 'none', driftShare: 0.5 },
  };
}

describe('driftAnswer', () => {
  it('names the drifted features with their scores, and the dataset verdict', () => {
    const answer = driftAnswer(
      analysis([
        feature('tenure_months', 0.31),
        feature('monthly_charges', 0.24),
        feature('support_calls_90d', 0.01),
        feature('contract_type', 0),
      ]),
      'the last 24 hours',
    );
    expect(answer).toBe(
      '2 of 4 features drifted in the last 24 hours: tenure_months (PSI 0.31) and monthly_charges (PSI 0.24). That is at least 50 % of the features: the dataset drifts.',
    );
  });

  it('counts the rest when more than three drift', () => {
    const answer = driftAnswer(
      analysis(['a', 'b', 'c', 'd', 'e'].map((n) => feature(n, 0.5))),
      'the last 7 days',
    );
    expect(answer).toMatch(
      /^5 of 5 features drifted in the last 7 days: a \(PSI 0\.50\), b \(PSI 0\.50\), c \(PSI 0\.50\) and 2 more\./,
    );
  });

  it('says when nothing drifts, and when a recent drift hides in a long window', () => {
    const quiet = [feature('a', 0.02), feature('b', 0.01)];
    expect(driftAnswer(analysis(quiet), 'the last 24 hours')).toBe(
      'No drift over the last 24 hours as a whole: none of the 2 features moved past its threshold.',
    );
    const late = feature('a', 0.05, [
      [0, 0.01],
      [Date.UTC(2026, 10, 25, 9), 0.2],
      [Date.UTC(2026, 10, 26, 9), 0.3],
    ]);
    expect(driftAnswer(analysis([late, feature('b', 0.01)]), 'the last 30 days')).toMatch(
      /as a whole: none of the 2 features moved past its threshold\. Lately a drifts: past its threshold since .+\.$/,
    );
  });
});

describe('recentDrift', () => {
  it('is the trailing run of buckets past the threshold, gaps skipped, never a single bucket', () => {
    const series: Point[] = [
      [1, 0.2],
      [2, 0.05],
      [3, 0.2],
      [4, null],
      [5, 0.3],
    ];
    expect(recentDrift({ series, method: psi })).toEqual({ since: 3, latest: 0.3, buckets: 2 });
    expect(recentDrift({ series: series.slice(0, 3), method: psi })).toBeUndefined();
  });

  it('only ever spans drifted values, ending at the last one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })),
        (values) => {
          const series: Point[] = values.map((v, i) => [i, v]);
          const run = recentDrift({ series, method: psi });
          if (!run) return;
          const inRun = series.filter(([t, v]) => t >= run.since && v !== null);
          expect(inRun.every(([, v]) => (v ?? 0) >= 0.1)).toBe(true);
          expect(inRun[inRun.length - 1]?.[1]).toBe(run.latest);
        },
      ),
    );
  });
});

describe('distributionBins', () => {
  it('labels numeric bins by their edges and flags categories the reference never saw', () => {
    expect(
      distributionBins({ kind: 'numeric', edges: [0, 4, 8], refCounts: [3, 1], curCounts: [1, 1] }).map(
        (b) => [b.label, b.reference, b.current],
      ),
    ).toEqual([
      ['0–4', 0.75, 0.5],
      ['4–8', 0.25, 0.5],
    ]);
    const bins = distributionBins({
      kind: 'categorical',
      refCategories: { card: 8, paypal: 2 },
      curCategories: { card: 6, bnpl: 4 },
    });
    expect(bins.map((b) => b.label)).toEqual(['card', 'paypal', 'bnpl (new)']);
  });

  it('gives shares that sum to 1 on each side', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1000), fc.nat(1000)), { minLength: 1, maxLength: 30 }),
        (pairs) => {
          fc.pre(pairs.some(([r]) => r > 0) && pairs.some(([, c]) => c > 0));
          const edges = pairs.map((_, i) => i).concat(pairs.length);
          const bins = distributionBins({
            kind: 'numeric',
            edges,
            refCounts: pairs.map(([r]) => r),
            curCounts: pairs.map(([, c]) => c),
          });
          expect(bins.reduce((s, b) => s + b.reference, 0)).toBeCloseTo(1, 9);
          expect(bins.reduce((s, b) => s + b.current, 0)).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});
