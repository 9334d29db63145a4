import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../mocks/demo-defaults';
import { createDemoFleet } from '../../mocks/fleet/fleet';
import { alertHistory, currentAlerts, demoSilences } from '../../mocks/operations/alerts';
import { alertToWire, intervalToWire, silenceToWire } from '../../mocks/operations/to-wire';
import { TEST_NOW } from '../../test/demo-server';
import { alertIntervalWire, alertWire, seriesResultWire, silenceWire } from './observability-schemas';
import { toAlert, toAlertInterval, toSeriesResult, toSilence } from './observability-to-domain';

/** GET /metrics/serving as the demo answers it: seconds on the wire, `null` where no data. */
const SERIES_PAYLOAD = {
  series: [
    {
      label: 'production',
      unit: 'seconds',
      labels: { model: 'churn-predictor', deployment: 'churn-predictor-production' },
      points: [
        [1795780800, 0.182],
        [1795781100, null],
        [1795781400, 0.44],
      ],
    },
    { label: 'canary', unit: 'seconds', points: [] },
  ],
  query: 'histogram_quantile(0.99, sum by (le) (rate(model_request_duration_seconds_bucket[5m])))',
  step: 300,
};

const ALERT_PAYLOAD = {
  id: 'fp-3c9a',
  name: 'ModelLatencyHigh',
  severity: 'critical',
  state: 'firing',
  summary: 'p99 latency 930 ms on churn-predictor',
  description: null,
  model: 'churn-predictor',
  deployment: 'churn-predictor-production',
  startsAt: '2026-11-27T11:20:00Z',
  endsAt: null,
  labels: { alertname: 'ModelLatencyHigh', model: 'churn-predictor' },
  url: 'https://prometheus.example.com/graph?g0.expr=up',
  silencedBy: [],
};

describe('toSeriesResult', () => {
  const result = toSeriesResult(seriesResultWire.parse(SERIES_PAYLOAD));

  it('turns epoch seconds into epoch ms and keeps gaps as null', () => {
    expect(result.series[0]?.points).toEqual([
      [1795780800_000, 0.182],
      [1795781100_000, null],
      [1795781400_000, 0.44],
    ]);
  });

  it('keeps the step in seconds, the query, labels and every series', () => {
    expect(result.stepSeconds).toBe(300);
    expect(result.query).toBe(SERIES_PAYLOAD.query);
    expect(result.series.map((s) => s.label)).toEqual(['production', 'canary']);
    expect(result.series[0]?.labels).toEqual(SERIES_PAYLOAD.series[0]?.labels);
    expect(result.series[1]).toEqual({ label: 'canary', unit: 'seconds', labels: undefined, points: [] });
  });

  it('leaves out a null query and null labels', () => {
    const bare = toSeriesResult(
      seriesResultWire.parse({
        series: [{ label: 'v7', unit: 'score', labels: null, points: [[1795780800, 0.2]] }],
        query: null,
        step: 60,
      }),
    );
    expect(bare.query).toBeUndefined();
    expect(bare.series[0]?.labels).toBeUndefined();
  });

  it('maps any points to the same values at 1000× the time, gaps where they were', () => {
    const point = fc.tuple(
      fc.integer({ min: 0, max: 4_000_000_000 }),
      fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
    );
    fc.assert(
      fc.property(fc.array(point), (points) => {
        const [series] = toSeriesResult({ series: [{ label: 'x', unit: 'ratio', points }], step: 60 }).series;
        expect(series?.points).toHaveLength(points.length);
        series?.points.forEach(([t, v], index) => {
          expect(t).toBe(points[index]![0] * 1000);
          expect(v).toBe(points[index]![1]);
        });
      }),
    );
  });
});

describe('toAlert', () => {
  it('maps a firing alert: start in epoch ms, no end, null description left out', () => {
    expect(toAlert(alertWire.parse(ALERT_PAYLOAD))).toEqual({
      id: 'fp-3c9a',
      name: 'ModelLatencyHigh',
      severity: 'critical',
      state: 'firing',
      summary: 'p99 latency 930 ms on churn-predictor',
      description: undefined,
      model: 'churn-predictor',
      deployment: 'churn-predictor-production',
      startsAt: Date.UTC(2026, 10, 27, 11, 20),
      endsAt: undefined,
      labels: { alertname: 'ModelLatencyHigh', model: 'churn-predictor' },
      url: 'https://prometheus.example.com/graph?g0.expr=up',
      silencedBy: [],
    });
  });

  it('maps a silenced alert with its end and the silences behind it', () => {
    const alert = toAlert(
      alertWire.parse({
        ...ALERT_PAYLOAD,
        state: 'suppressed',
        endsAt: '2026-11-27T13:00:00Z',
        silencedBy: ['silence-1'],
        model: null,
        url: null,
      }),
    );
    expect(alert.endsAt).toBe(Date.UTC(2026, 10, 27, 13));
    expect(alert.silencedBy).toEqual(['silence-1']);
    expect(alert.model).toBeUndefined();
    expect(alert.url).toBeUndefined();
  });
});

describe('toSilence', () => {
  it('maps both ends and keeps its matchers', () => {
    const matchers = [{ name: 'model', value: 'churn-predictor', isRegex: false, isEqual: true }];
    expect(
      toSilence(
        silenceWire.parse({
          id: 'silence-1',
          matchers,
          startsAt: '2026-11-27T10:40:00Z',
          endsAt: '2026-11-27T14:40:00Z',
          createdBy: 'sre-oncall',
          comment: 'Rolled back; watching.',
          state: 'active',
        }),
      ),
    ).toEqual({
      id: 'silence-1',
      matchers,
      startsAt: Date.UTC(2026, 10, 27, 10, 40),
      endsAt: Date.UTC(2026, 10, 27, 14, 40),
      createdBy: 'sre-oncall',
      comment: 'Rolled back; watching.',
      state: 'active',
    });
  });
});

describe('toAlertInterval', () => {
  it('maps a closed interval and one still firing', () => {
    const closed = toAlertInterval(
      alertIntervalWire.parse({
        name: 'ModelLatencyHigh',
        severity: 'critical',
        model: 'churn-predictor',
        deployment: null,
        from: '2026-11-25T10:04:00Z',
        to: '2026-11-25T10:45:00Z',
        labels: {},
      }),
    );
    expect(closed).toEqual({
      name: 'ModelLatencyHigh',
      severity: 'critical',
      model: 'churn-predictor',
      deployment: undefined,
      from: Date.UTC(2026, 10, 25, 10, 4),
      to: Date.UTC(2026, 10, 25, 10, 45),
      labels: {},
    });
    const open = toAlertInterval(
      alertIntervalWire.parse({
        name: 'DriftHigh',
        severity: 'warning',
        from: '2026-11-27T06:00:00Z',
        labels: {},
      }),
    );
    expect(open.to).toBeUndefined();
    expect(open.model).toBeUndefined();
  });
});

describe('the demo’s alerts, through the contract', () => {
  const fleet = createDemoFleet({ fleetSize: 30, seed: DEFAULT_SEED, now: TEST_NOW });
  const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

  it('maps every demo alert, interval and silence back to what the demo holds', () => {
    const alerts = fleet.plans().flatMap((plan) => currentAlerts(plan, DEFAULT_SEED, TEST_NOW));
    const intervals = fleet.plans().flatMap((plan) => alertHistory(plan, DEFAULT_SEED, TEST_NOW));
    const silences = demoSilences((name) => fleet.findPlan(name), TEST_NOW);
    expect(alerts.length).toBeGreaterThan(0);
    expect(intervals.length).toBeGreaterThan(0);
    expect(silences.length).toBeGreaterThan(0);
    for (const alert of alerts)
      expect(toAlert(alertWire.parse(overTheWire(alertToWire(alert))))).toEqual(alert);
    for (const interval of intervals)
      expect(toAlertInterval(alertIntervalWire.parse(overTheWire(intervalToWire(interval))))).toEqual(
        interval,
      );
    for (const silence of silences)
      expect(toSilence(silenceWire.parse(overTheWire(silenceToWire(silence))))).toEqual(silence);
  });
});

describe('alert times on the wire', () => {
  it('round-trip any ISO instant to the same epoch ms', () => {
    const instant = fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });
    fc.assert(
      fc.property(instant, instant, (starts, ends) => {
        const alert = toAlert(
          alertWire.parse({
            ...ALERT_PAYLOAD,
            startsAt: new Date(starts).toISOString(),
            endsAt: new Date(ends).toISOString(),
          }),
        );
        expect(alert.startsAt).toBe(starts);
        expect(alert.endsAt).toBe(ends);
      }),
    );
  });
});
