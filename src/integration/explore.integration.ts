import { describe, expect, inject, it } from 'vitest';
import { SEED_END_MS, STORY } from '../../scripts/backends/story.mjs';
import { errorOffset } from '../domain/explore/query-hints';
import { exploreStep } from '../domain/explore/explore-step';
import { alignWindow } from '../domain/step';
import { completionClient } from '../features/explore/completion-client';
import type { ConnectionConfig } from '../sources/connection-config';
import { createPrometheusSource } from '../sources/prometheus/prometheus-source';
import { required, signal } from './helpers';

const HOUR = 3_600_000;
const connection: ConnectionConfig = {
  id: 'prom',
  kind: 'prometheus',
  name: 'Seeded Prometheus',
  url: inject('prometheusUrl'),
};
const source = createPrometheusSource(connection);
const explore = required(source.capabilities.explore, 'explore');
const metrics = required(source.capabilities.metrics, 'metrics');
const window = { from: SEED_END_MS - 6 * HOUR, to: SEED_END_MS };
/** What Explore asks for on a 1,000-px chart over six hours of a 60-s scrape. */
const step = exploreStep(window, 1000, 60).stepSeconds;

describe('Explore against a real Prometheus', () => {
  it('runs a typed query and returns the seeded series', async () => {
    const result = await explore.rangeQuery(
      'histogram_quantile(0.95, sum by (le, deployment) (rate(model_request_duration_seconds_bucket{model="dynamic-pricing"}[240s])))',
      alignWindow(window, step),
      step,
      signal(),
    );
    expect(result.kind).toBe('matrix');
    if (result.kind !== 'matrix') return;
    const production = required(
      result.series.find((s) => s.labels.deployment === 'dynamic-pricing-production'),
      'the production series',
    );
    const last = required(production.points.at(-1), 'a last point');
    expect(last[0]).toBe(SEED_END_MS);
    expect(last[1]).toBeCloseTo(STORY.normalP95Seconds, 6);
  });

  it('completes a metric name, its labels and their values from the server', async () => {
    const client = completionClient(explore);
    expect(await client.metricNames()).toContain('model_request_duration_seconds_bucket');
    expect(await client.labelNames('model_requests_total')).toEqual(
      expect.arrayContaining(['code', 'deployment', 'model']),
    );
    expect(await client.labelValues('model', 'model_requests_total')).toContain('dynamic-pricing');
    client.destroy?.();
  });

  it('reports a syntax error in Prometheus’s words, with the place it points at', async () => {
    const expr = 'sum(rate(model_requests_total[5m])';
    const failure = await explore
      .rangeQuery(expr, alignWindow(window, step), step, signal())
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'query', message: expect.stringMatching(/parse error/) as string });
    const offset = errorOffset((failure as Error).message, expr);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(expr.length);
  });

  it('opens a service-health chart’s query in Explore and gets the same series', async () => {
    const chart = await metrics.serving(
      { model: 'dynamic-pricing', deployment: 'dynamic-pricing-production' },
      'latency_p95',
      { window, stepSeconds: step },
      signal(),
    );
    const query = required(chart.query, 'the chart’s query');
    const opened = await explore.rangeQuery(
      query,
      alignWindow(window, chart.stepSeconds),
      chart.stepSeconds,
      signal(),
    );
    expect(opened.kind).toBe('matrix');
    if (opened.kind !== 'matrix') return;
    expect(opened.series.map((s) => s.points)).toEqual(chart.series.map((s) => s.points));
  });
});
