import { describe, expect, inject, it } from 'vitest';
import { INCIDENT, SEED_END_MS, STORY } from '../../scripts/backends/story.mjs';
import { chooseStep } from '../domain/step';
import type { ConnectionConfig } from '../sources/connection-config';
import { createPrometheusSource } from '../sources/prometheus/prometheus-source';
import { maxPoint, required, signal, valueAt } from './helpers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const connection: ConnectionConfig = {
  id: 'prom',
  kind: 'prometheus',
  name: 'Seeded Prometheus',
  url: inject('prometheusUrl'),
};
const metrics = required(createPrometheusSource(connection).capabilities.metrics, 'metrics');
const production = { model: 'dynamic-pricing', deployment: 'dynamic-pricing-production' };

/** What a chart 1,000 px wide asks for. */
const request = (from: number, to: number) => ({
  window: { from, to },
  stepSeconds: chooseStep({ rangeMs: to - from, widthPx: 1000, scrapeIntervalSeconds: 60 }),
});
const only = <T>(items: T[]): T => {
  expect(items).toHaveLength(1);
  return required(items[0], 'one series');
};

describe('Prometheus source against a real Prometheus', () => {
  it('reads p95 latency of 0.12 s at a normal time, and shows the query behind it', async () => {
    const result = await metrics.serving(
      production,
      'latency_p95',
      request(SEED_END_MS - 6 * HOUR, SEED_END_MS),
      signal(),
    );
    const series = only(result.series);
    expect(series).toMatchObject({ label: 'p95 latency', unit: 'seconds' });
    expect(result.stepSeconds).toBe(60);
    expect(series.points).toHaveLength(361);
    expect(valueAt(series, SEED_END_MS)).toBeCloseTo(STORY.normalP95Seconds, 6);
    expect(result.query).toBe(
      'histogram_quantile(0.95, sum by (le) (rate(model_request_duration_seconds_bucket{model="dynamic-pricing",deployment="dynamic-pricing-production"}[240s])))',
    );
  });

  it('shows p95 latency ×4 during the incident hour, and normal before it', async () => {
    const result = await metrics.serving(
      production,
      'latency_p95',
      request(INCIDENT.from - 2 * HOUR, INCIDENT.to + 2 * HOUR),
      signal(),
    );
    const series = only(result.series);
    expect(valueAt(series, INCIDENT.from + 30 * MINUTE)).toBeCloseTo(STORY.incidentP95Seconds, 3);
    expect(valueAt(series, INCIDENT.from - HOUR)).toBeCloseTo(STORY.normalP95Seconds, 6);
    const [peakAt, peak] = maxPoint(series);
    expect(peak).toBeCloseTo(STORY.incidentP95Seconds, 3);
    expect(peakAt).toBeGreaterThan(INCIDENT.from);
    expect(peakAt).toBeLessThanOrEqual(INCIDENT.to);
  });

  it('orders the quantiles: p50 < p95 < p99', async () => {
    const at = request(SEED_END_MS - HOUR, SEED_END_MS);
    const read = async (signalName: 'latency_p50' | 'latency_p95' | 'latency_p99') =>
      valueAt(only((await metrics.serving(production, signalName, at, signal())).series), SEED_END_MS) ?? NaN;
    const [p50, p95, p99] = await Promise.all([
      read('latency_p50'),
      read('latency_p95'),
      read('latency_p99'),
    ]);
    expect(p50).toBeLessThan(p95);
    expect(p95).toBeLessThan(p99);
    expect(p50).toBeCloseTo(0.0592, 3);
  });

  it('shows the error rate reaching 15 % inside the incident window, 0.5 % outside', async () => {
    const result = await metrics.serving(
      production,
      'error_rate',
      request(INCIDENT.from - 2 * HOUR, INCIDENT.to + 2 * HOUR),
      signal(),
    );
    const series = only(result.series);
    expect(series.unit).toBe('ratio');
    const [peakAt, peak] = maxPoint(series);
    expect(peak).toBeCloseTo(STORY.incidentErrorRatio, 6);
    expect(peakAt).toBeGreaterThan(INCIDENT.from);
    expect(peakAt).toBeLessThanOrEqual(INCIDENT.to);
    const high = series.points.filter(([, v]) => (v ?? 0) > 0.1).map(([t]) => t);
    expect(Math.min(...high)).toBeGreaterThan(INCIDENT.from);
    expect(Math.max(...high)).toBeLessThanOrEqual(INCIDENT.to + 4 * MINUTE);
    expect(valueAt(series, INCIDENT.from - HOUR)).toBeCloseTo(STORY.normalErrorRatio, 6);
  });

  it('reads throughput per deployment, and summed over the model', async () => {
    const at = request(SEED_END_MS - HOUR, SEED_END_MS);
    const deployment = only((await metrics.serving(production, 'throughput', at, signal())).series);
    expect(deployment.unit).toBe('requests_per_second');
    expect(valueAt(deployment, SEED_END_MS)).toBeCloseTo(STORY.productionRps, 6);
    const model = await metrics.serving({ model: 'dynamic-pricing' }, 'throughput', at, signal());
    expect(model.query).toBe('sum(rate(model_requests_total{model="dynamic-pricing"}[240s]))');
    expect(valueAt(only(model.series), SEED_END_MS)).toBeCloseTo(STORY.productionRps + STORY.canaryRps, 6);
  });

  it('serves 7 days at a 600 s step, about 1,000 points, with the incident still visible', async () => {
    const result = await metrics.serving(
      production,
      'latency_p95',
      { window: { from: SEED_END_MS - 7 * DAY, to: SEED_END_MS }, stepSeconds: 600 },
      signal(),
    );
    const series = only(result.series);
    expect(result.stepSeconds).toBe(600);
    expect(result.query).toContain('[660s]');
    // The first points have no rate window yet: the history starts there.
    expect(series.points.length).toBeGreaterThanOrEqual(1000);
    expect(series.points.length).toBeLessThanOrEqual(1009);
    expect(maxPoint(series)[1]).toBeGreaterThan(0.4);
  });

  it('widens a step Prometheus would refuse (7 days at 15 s) instead of failing', async () => {
    const result = await metrics.serving(
      production,
      'throughput',
      { window: { from: SEED_END_MS - 7 * DAY, to: SEED_END_MS }, stepSeconds: 15 },
      signal(),
    );
    expect(result.stepSeconds).toBe(60);
    expect(only(result.series).points.length).toBeLessThanOrEqual(11_000);
  });

  it('reads drift per feature: tenure_months rising to 0.32 over the last 3 days', async () => {
    const result = await metrics.driftScores(
      { model: 'churn-predictor' },
      request(SEED_END_MS - 5 * DAY, SEED_END_MS),
      signal(),
    );
    expect(result.series.map((s) => s.label)).toEqual(['contract_type', 'monthly_charges', 'tenure_months']);
    const tenure = required(
      result.series.find((s) => s.label === 'tenure_months'),
      'tenure_months',
    );
    expect(tenure.unit).toBe('score');
    expect(valueAt(tenure, SEED_END_MS)).toBeCloseTo(STORY.tenureDrift.end, 6);
    expect(valueAt(tenure, SEED_END_MS - 4 * DAY)).toBeCloseTo(STORY.tenureDrift.before, 6);

    const one = await metrics.driftScores(
      { model: 'churn-predictor', feature: 'monthly_charges' },
      request(SEED_END_MS - DAY, SEED_END_MS),
      signal(),
    );
    expect(one.query).toBe(
      'max by (feature) (model_feature_drift_score{model="churn-predictor",feature="monthly_charges"})',
    );
    expect(valueAt(only(one.series), SEED_END_MS)).toBeCloseTo(STORY.monthlyChargesDrift.end, 6);
  });

  it('sends a long query as a POST form and gets the same numbers', async () => {
    const padding = Array.from(
      { length: 60 },
      (_, i) => `0 * sum(rate(model_requests_total{model="pad-${i}"}[1m]))`,
    );
    const long = createPrometheusSource({
      ...connection,
      options: {
        queries: {
          throughput: `sum(rate(model_requests_total{{{selector}}}[{{rate}}])) + (${padding.join(' + ')} or vector(0))`,
        },
      },
    });
    const result = await required(long.capabilities.metrics, 'metrics').serving(
      production,
      'throughput',
      request(SEED_END_MS - HOUR, SEED_END_MS),
      signal(),
    );
    expect(result.query?.length).toBeGreaterThan(1500);
    expect(valueAt(only(result.series), SEED_END_MS)).toBeCloseTo(STORY.productionRps, 6);
  });
});
