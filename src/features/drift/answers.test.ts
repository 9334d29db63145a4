import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeMethod } from '../../domain/drift/drift-method';
import type { PerformanceReport } from '../../domain/monitoring';
import type { Point } from '../../domain/series';
import type { DriftAnalysis, FeatureAnalysis } from './compute/analyse-drift';
import { distributionBins } from './distribution-bins';
import { driftAnswer } from './drift-answer';
import { performanceAnswer } from './performance-answer';
import { recentDrift } from './recent-drift';

const psi = { ...describeMethod('psi'), source: 'model' as const };

function feature(name: string, score: number, series: Point[] = []): FeatureAnalysis {
  const drifted = score >= 0.1;
  return {
    name,
    type: 'numeric',
    method: psi,
    result: { method: 'psi', direction: 'score-above', score, threshold: 0.1, drifted },
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

describe('performanceAnswer', () => {
  const H = 3_600_000;
  const window = { from: 0, to: 24 * H };
  const report = (points: Point[], incompleteFrom?: number): PerformanceReport => ({
    model: 'm',
    task: 'classification',
    stepSeconds: 3600,
    metrics: [{ name: 'accuracy', label: 'Accuracy', unit: 'score', points }],
    labelDelay: { delayMs: 6 * H, incompleteFrom },
  });

  it('tells the headline metric’s course and how much waits for labels', () => {
    expect(
      performanceAnswer(
        report(
          [
            [0, 0.87],
            [H, 0.85],
            [18 * H, 0.81],
            [20 * H, null],
          ],
          18 * H,
        ),
        window,
        'the last 24 hours',
      ),
    ).toBe(
      'Accuracy fell from 0.870 to 0.810 (worse) over the last 24 hours. The last 6 hours wait for their labels (about 6 hours late) and are shaded.',
    );
    expect(
      performanceAnswer(
        report([
          [0, 0.93],
          [H, 0.931],
        ]),
        window,
        'the last 24 hours',
      ),
    ).toBe('Accuracy held at about 0.931 over the last 24 hours.');
  });

  it('takes the start and the end from a few points each, so one noisy bucket does not decide', () => {
    const values = [0.87, 0.874, 0.866, 0.86, 0.85, 0.84, 0.83, 0.82, 0.81, 0.812, 0.808, 0.77];
    const points = values.map((v, i): Point => [i * H, v]);
    // Start: 0.87, 0.874, 0.866 → 0.870; end: 0.812, 0.808, 0.77 → 0.797, not the last bucket's 0.77.
    expect(performanceAnswer(report(points), window, 'the last 24 hours')).toBe(
      'Accuracy fell from 0.870 to 0.797 (worse) over the last 24 hours.',
    );
  });

  it('explains an empty chart when the labels lag behind the whole window', () => {
    const delayed = { ...report([[0, null]], -1), labelDelay: { delayMs: 72 * H, incompleteFrom: -1 } };
    expect(performanceAnswer(delayed, window, 'the last 24 hours')).toBe(
      'Labels arrive about 3 days after a prediction, so nothing in the last 24 hours can be scored yet. Widen the time range to see the weeks before.',
    );
  });
});
