import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryRangeWire, rulesAlertsWire } from './schemas';
import { labelsFingerprint, toRuleAlerts } from './rules-alerts';
import { toDriftSeries, toPoints, toServingSeries, toValue } from './to-domain';
import { DEFAULT_ALERT_LABELS } from '../alertmanager/alert-labels';

/** A query_range answer as Prometheus 2.42 sends it: seconds, string values, NaN for 0/0. */
const payload = queryRangeWire.parse({
  status: 'success',
  data: {
    resultType: 'matrix',
    result: [
      {
        metric: { version: '13' },
        values: [
          [1795780740, '0.12000000000000001'],
          [1795780800, 'NaN'],
          [1795780860, '+Inf'],
          [1795780920.5, '-Inf'],
        ],
      },
      { metric: { version: '14' }, values: [[1795780740, '0.031']] },
    ],
  },
});

describe('schemas', () => {
  it('accept VictoriaMetrics answers (extra isPartial and stats) unchanged', () => {
    const vm = queryRangeWire.parse({
      status: 'success',
      isPartial: false,
      data: {
        resultType: 'matrix',
        result: [{ metric: { feature: 'tenure_months' }, values: [[1795780800, '0.32']] }],
      },
      stats: { seriesFetched: '1' },
    });
    expect(toDriftSeries(vm.data.result, 'feature')[0]?.points).toEqual([[1795780800000, 0.32]]);
  });
});

describe('values', () => {
  it('turns NaN and ±Inf into gaps and numbers into numbers', () => {
    expect(toValue('0.0318')).toBe(0.0318);
    expect(toValue('1e-3')).toBe(0.001);
    expect(toValue('NaN')).toBeNull();
    expect(toValue('+Inf')).toBeNull();
    expect(toValue('-Inf')).toBeNull();
  });

  it('turns seconds into milliseconds', () => {
    expect(toPoints(payload.data.result[0]?.values ?? [])).toEqual([
      [1795780740000, 0.12000000000000001],
      [1795780800000, null],
      [1795780860000, null],
      [1795780920500, null],
    ]);
  });

  it('turns a step Prometheus left out between two samples into a gap, so the line breaks there', () => {
    const values: [number, string][] = [
      [1795780740, '50'],
      [1795780800, '49.5'],
      [1795780980, '51'],
    ];
    expect(toPoints(values, 60)).toEqual([
      [1795780740000, 50],
      [1795780800000, 49.5],
      [1795780860000, null],
      [1795780920000, null],
      [1795780980000, 51],
    ]);
    // Before the first sample and after the last there is nothing to draw across.
    expect(toPoints([[1795780800, '1']], 60)).toEqual([[1795780800000, 1]]);
    // Without the step (an instant answer, a caller that does not know it) nothing is added.
    expect(toPoints(values)).toHaveLength(3);
  });

  it('yields every step between the first and the last sample, each sample at its own', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3600 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 60 }),
        (step, steps) => {
          const sorted = [...steps].sort((a, b) => a - b);
          const start = 1_795_780_000;
          const values = sorted.map((k): [number, string] => [start + k * step, String(k)]);
          const points = toPoints(values, step);
          const first = sorted[0] ?? 0;
          const last = sorted.at(-1) ?? 0;
          expect(points.map(([t]) => t)).toEqual(
            Array.from({ length: last - first + 1 }, (_, i) => (start + (first + i) * step) * 1000),
          );
          const sampled = new Set(sorted);
          points.forEach(([, v], i) => expect(v).toBe(sampled.has(first + i) ? first + i : null));
        },
      ),
    );
  });
});

describe('toServingSeries', () => {
  it('names each line by what tells it apart', () => {
    const series = toServingSeries(payload.data.result, 'p95 latency', 'seconds');
    expect(series.map((s) => s.label)).toEqual(['p95 latency · 13', 'p95 latency · 14']);
    expect(series[1]).toEqual({
      label: 'p95 latency · 14',
      unit: 'seconds',
      points: [[1795780740000, 0.031]],
      labels: { version: '14' },
    });
  });

  it('names a single aggregated line by the signal', () => {
    const one = toServingSeries([{ metric: {}, values: [[1, '2']] }], 'throughput', 'requests_per_second');
    expect(one).toEqual([
      { label: 'throughput', unit: 'requests_per_second', points: [[1000, 2]], labels: {} },
    ]);
    expect(toServingSeries([], 'throughput', 'requests_per_second')).toEqual([]);
  });

  it('lists several differing labels', () => {
    const series = toServingSeries(
      [
        { metric: { __name__: 'x', a: '1', b: '1', c: 'same' }, values: [] },
        { metric: { __name__: 'x', a: '2', b: '3', c: 'same' }, values: [] },
      ],
      'error rate',
      'ratio',
    );
    expect(series.map((s) => s.label)).toEqual(['error rate · a=1, b=1', 'error rate · a=2, b=3']);
  });
});

describe('toDriftSeries', () => {
  it('names lines by feature and sorts them', () => {
    const series = toDriftSeries(
      [
        { metric: { feature: 'tenure_months' }, values: [[1795780800, '0.32']] },
        { metric: { feature: 'contract_type' }, values: [[1795780800, '0.02']] },
      ],
      'feature',
    );
    expect(series.map((s) => [s.label, s.unit, s.points])).toEqual([
      ['contract_type', 'score', [[1795780800000, 0.02]]],
      ['tenure_months', 'score', [[1795780800000, 0.32]]],
    ]);
  });
});

describe('toRuleAlerts', () => {
  /** `/api/v1/alerts` of Prometheus 2.42. */
  const wire = rulesAlertsWire.parse({
    status: 'success',
    data: {
      alerts: [
        {
          labels: { alertname: 'ModelLatencyHigh', model: 'dynamic-pricing', severity: 'critical' },
          annotations: { summary: 'p95 is 0.5 s' },
          state: 'firing',
          activeAt: '2026-11-26T14:00:12.345678901Z',
          value: '4.99e-01',
        },
        {
          labels: { alertname: 'Warming' },
          annotations: {},
          state: 'pending',
          activeAt: '2026-11-26T14:00:00Z',
          value: '1e+00',
        },
      ],
    },
  }).data.alerts;

  it('keeps firing alerts, mapped to the model by label, with a stable id', () => {
    expect(toRuleAlerts(wire, DEFAULT_ALERT_LABELS, 'http://prom:9090')).toEqual([
      {
        id: labelsFingerprint({
          alertname: 'ModelLatencyHigh',
          model: 'dynamic-pricing',
          severity: 'critical',
        }),
        name: 'ModelLatencyHigh',
        severity: 'critical',
        state: 'firing',
        summary: 'p95 is 0.5 s',
        description: undefined,
        model: 'dynamic-pricing',
        deployment: undefined,
        startsAt: Date.UTC(2026, 10, 26, 14, 0, 12, 345),
        labels: { alertname: 'ModelLatencyHigh', model: 'dynamic-pricing', severity: 'critical' },
        url: 'http://prom:9090/alerts',
        silencedBy: [],
      },
    ]);
  });

  it('fingerprints label sets independently of their order', () => {
    expect(labelsFingerprint({ a: '1', b: '2' })).toBe(labelsFingerprint({ b: '2', a: '1' }));
    expect(labelsFingerprint({ a: '1', b: '2' })).not.toBe(labelsFingerprint({ a: '12' }));
    expect(labelsFingerprint({})).toMatch(/^[0-9a-f]{8}$/);
  });
});
