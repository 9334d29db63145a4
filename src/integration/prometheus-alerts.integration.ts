import { describe, expect, inject, it } from 'vitest';
import { ALERT_INTERVALS, INCIDENT, SEED_END_MS } from '../../scripts/backends/story.mjs';
import type { ConnectionConfig } from '../sources/connection-config';
import { createPrometheusSource } from '../sources/prometheus/prometheus-source';
import { isSourceError } from '../sources/source-error';
import { closedPort, required, signal } from './helpers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const connection: ConnectionConfig = {
  id: 'prom',
  kind: 'prometheus',
  name: 'Seeded Prometheus',
  url: inject('prometheusUrl'),
};
const source = createPrometheusSource(connection);
const alerts = required(source.capabilities.alerts, 'alerts');
const metrics = required(source.capabilities.metrics, 'metrics');

describe('ALERTS history from a real Prometheus', () => {
  it('gives the intervals the incident fired, mapped to model and deployment (pending left out)', async () => {
    const intervals = await alerts.history(
      { model: 'dynamic-pricing' },
      { from: INCIDENT.from - HOUR, to: INCIDENT.to + HOUR },
      signal(),
    );
    expect(intervals).toEqual([
      {
        name: 'ModelLatencyHigh',
        severity: 'critical',
        model: 'dynamic-pricing',
        deployment: 'dynamic-pricing-production',
        from: ALERT_INTERVALS.latency.from,
        to: ALERT_INTERVALS.latency.to,
        labels: expect.objectContaining({ alertname: 'ModelLatencyHigh', severity: 'critical' }) as unknown,
      },
      {
        name: 'ModelErrorRateHigh',
        severity: 'warning',
        model: 'dynamic-pricing',
        deployment: 'dynamic-pricing-production',
        from: ALERT_INTERVALS.errors.from,
        to: ALERT_INTERVALS.errors.to,
        labels: expect.objectContaining({ alertname: 'ModelErrorRateHigh' }) as unknown,
      },
    ]);
  });

  it('over a week, finds the same intervals to within a step', async () => {
    const intervals = await alerts.history({}, { from: SEED_END_MS - 7 * DAY, to: SEED_END_MS }, signal());
    expect(intervals.map((i) => i.name).sort()).toEqual([
      'FeatureDriftHigh',
      'ModelErrorRateHigh',
      'ModelLatencyHigh',
    ]);
    const latency = required(
      intervals.find((i) => i.name === 'ModelLatencyHigh'),
      'latency interval',
    );
    expect(Math.abs(latency.from - ALERT_INTERVALS.latency.from)).toBeLessThanOrEqual(15 * MINUTE);
    expect(Math.abs((latency.to ?? 0) - ALERT_INTERVALS.latency.to)).toBeLessThanOrEqual(15 * MINUTE);
  });

  it('leaves an alert still firing at the end of the window open', async () => {
    const intervals = await alerts.history(
      { model: 'churn-predictor' },
      { from: SEED_END_MS - DAY, to: SEED_END_MS },
      signal(),
    );
    expect(intervals).toEqual([
      expect.objectContaining({
        name: 'FeatureDriftHigh',
        model: 'churn-predictor',
        from: ALERT_INTERVALS.drift.from,
      }),
    ]);
    expect(intervals[0]?.to).toBeUndefined();
  });

  it('has no current alerts or silences without rules (Prometheus holds no silences)', async () => {
    await expect(alerts.listAlerts({}, signal())).resolves.toEqual([]);
    await expect(alerts.listSilences(signal())).resolves.toEqual([]);
  });
});

describe('Prometheus source errors from a real Prometheus', () => {
  it("shows Prometheus's own parse error, naming the connection and the setting to fix", async () => {
    const broken = createPrometheusSource({
      ...connection,
      options: { queries: { throughput: 'sum(rate(model_requests_total{{{selector}}}[{{rate}}])' } },
    });
    const error: unknown = await required(broken.capabilities.metrics, 'metrics')
      .serving(
        { model: 'dynamic-pricing' },
        'throughput',
        { window: { from: SEED_END_MS - HOUR, to: SEED_END_MS }, stepSeconds: 60 },
        signal(),
      )
      .catch((e: unknown) => e);
    expect(isSourceError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'query', status: 400, source: 'Seeded Prometheus' });
    const { message, hint } = error as { message: string; hint: string };
    expect(message).toMatch(/^Seeded Prometheus rejected the throughput query: .*parse error/);
    expect(hint).toContain('options.queries.throughput');
  });

  it('says it could not reach the connection when nothing listens', async () => {
    const port = await closedPort();
    const gone = createPrometheusSource({
      ...connection,
      name: 'Gone Prometheus',
      url: `http://127.0.0.1:${port}`,
    });
    await expect(
      required(gone.capabilities.metrics, 'metrics').serving(
        { model: 'dynamic-pricing' },
        'throughput',
        { window: { from: SEED_END_MS - HOUR, to: SEED_END_MS }, stepSeconds: 60 },
        signal(),
      ),
    ).rejects.toMatchObject({
      kind: 'network',
      message: 'Could not reach Gone Prometheus for GET /api/v1/query_range.',
    });
    const check = await gone.check(signal());
    expect(check.ok).toBe(false);
    expect(check.steps[0]).toMatchObject({ label: 'Reachable', ok: false });
  });

  it('Test connection: reachable, version 2.42, queries run, and says the panel metrics have no recent data', async () => {
    const check = await source.check(signal());
    expect(check.ok).toBe(true);
    expect(check.version).toMatch(/^2\.42\./);
    expect(check.steps.map((s) => [s.label, s.ok])).toEqual([
      ['Reachable', true],
      ['Version', true],
      ['Query API', true],
      // The seeded week ended before today: nothing in the last 5 minutes.
      ['Metrics (sightline preset)', false],
    ]);
    expect(check.steps[3]?.detail).toContain('model_requests_total');
    // The scrape interval reaches the caller, for chooseStep.
    expect(metrics.scrapeIntervalSeconds).toBe(60);
  });
});
