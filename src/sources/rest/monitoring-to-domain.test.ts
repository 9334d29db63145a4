import { describe, expect, it } from 'vitest';
import { DRIFT_REPORT_PAYLOAD, DRIFT_TIMELINE_PAYLOAD, PERFORMANCE_PAYLOAD } from './monitoring-fixtures';
import { checkedDriftReportWire, checkedDriftTimelineWire } from './monitoring-checks';
import { driftRankingWire, performanceReportWire } from './monitoring-schemas';
import { toDriftRanking, toDriftReport, toDriftTimeline, toPerformanceReport } from './monitoring-to-domain';

describe('toDriftReport', () => {
  const report = toDriftReport(checkedDriftReportWire.parse(DRIFT_REPORT_PAYLOAD));

  it('turns times into epoch ms and nulls into absent fields', () => {
    expect(report.window).toEqual({ from: Date.UTC(2026, 10, 26, 12), to: Date.UTC(2026, 10, 27, 12) });
    expect(report.reference).toEqual({
      version: '6',
      label: 'The training data of v6',
      dataset: undefined,
      rows: 1200,
    });
    expect(report.prediction).toBeUndefined();
    expect(report.markers).toEqual([
      { at: Date.UTC(2026, 10, 27, 6), kind: 'deploy', label: 'v6 deployed', version: undefined },
    ]);
  });

  it('maps numeric profiles to shared-bin counts with their statistics, categorical ones to maps', () => {
    const [tenure, payment] = report.features;
    expect(tenure).toEqual({
      name: 'tenure_months',
      profile: {
        kind: 'numeric',
        edges: [0, 12, 24, 36],
        refCounts: [400, 500, 300],
        curCounts: [150, 100, 50],
      },
      summary: { reference: DRIFT_REPORT_PAYLOAD.features[0].reference.summary, current: undefined },
    });
    expect(payment).toEqual({
      name: 'payment_method',
      profile: {
        kind: 'categorical',
        refCategories: { card: 900, paypal: 300 },
        curCategories: { card: 200, paypal: 40, bnpl: 60 },
      },
    });
  });

  it('maps the model settings to method overrides, dropping nulls', () => {
    expect(report.config).toEqual({
      overrides: { model: { numeric: { method: 'psi' } }, features: { payment_method: { threshold: 0.2 } } },
      driftShare: 0.3,
      correction: undefined,
    });
  });

  it('names the field when bins and counts disagree, which JSON Schema cannot check', () => {
    const shortEdges = structuredClone(DRIFT_REPORT_PAYLOAD) as unknown as {
      features: { edges?: number[] }[];
    };
    shortEdges.features[0]!.edges = [0, 12, 24];
    const parsed = checkedDriftReportWire.safeParse(shortEdges);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['features', 0, 'edges'],
      message: 'has 3 entries for 3 bins',
    });

    const unsorted = structuredClone(DRIFT_REPORT_PAYLOAD) as unknown as { features: { edges?: number[] }[] };
    unsorted.features[0]!.edges = [0, 24, 12, 36];
    expect(checkedDriftReportWire.safeParse(unsorted).error?.issues[0]?.path).toEqual([
      'features',
      0,
      'edges',
      2,
    ]);
  });
});

describe('toDriftTimeline', () => {
  it('turns bucket starts from epoch seconds into ms and keeps each axis', () => {
    const timeline = toDriftTimeline(checkedDriftTimelineWire.parse(DRIFT_TIMELINE_PAYLOAD));
    expect(timeline.stepSeconds).toBe(43200);
    expect(timeline.bucketStarts).toEqual([1795694400000, 1795737600000]);
    expect(timeline.features.map((f) => f.axis)).toEqual([
      { kind: 'numeric', edges: [0, 12, 24, 36] },
      { kind: 'categorical', categories: ['card', 'paypal', 'bnpl'] },
    ]);
    expect(timeline.prediction).toBeUndefined();
  });

  it('refuses a bucket whose counts do not fit the bins, naming it', () => {
    const bad = structuredClone(DRIFT_TIMELINE_PAYLOAD) as unknown as { features: { counts: number[][] }[] };
    bad.features[1]!.counts[1] = [1, 2];
    expect(checkedDriftTimelineWire.safeParse(bad).error?.issues[0]).toMatchObject({
      path: ['features', 1, 'counts', 1],
      message: 'needs 3 counts',
    });
  });
});

describe('toPerformanceReport', () => {
  it('keeps gaps as null and says from when labels are incomplete', () => {
    const report = toPerformanceReport(performanceReportWire.parse(PERFORMANCE_PAYLOAD));
    expect(report.metrics[0]?.points).toEqual([
      [1795651200000, 6.2],
      [1795737600000, null],
    ]);
    expect(report.labelDelay).toEqual({
      delayMs: 259_200_000,
      incompleteFrom: Date.UTC(2026, 10, 24, 12),
      description: undefined,
    });
  });
});

describe('toDriftRanking', () => {
  it('carries the counts and the ranked items', () => {
    const ranking = toDriftRanking(
      driftRankingWire.parse({
        start: '2026-11-26T12:00:00Z',
        end: '2026-11-27T12:00:00Z',
        monitored: 2,
        byStatus: { healthy: 1, warning: 0, critical: 1, unknown: 0 },
        items: [
          {
            model: 'churn-predictor',
            team: 'Growth',
            task: 'classification',
            status: 'critical',
            datasetDrift: true,
            driftedFeatures: 2,
            totalFeatures: 4,
            topFeatures: [
              { name: 'tenure_months', method: 'psi', score: 0.31, threshold: 0.1, drifted: true },
            ],
          },
        ],
      }),
    );
    expect(ranking.window.to - ranking.window.from).toBe(86_400_000);
    expect(ranking.items[0]?.topFeatures[0]?.name).toBe('tenure_months');
  });
});
