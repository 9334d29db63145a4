import { describe, expect, it } from 'vitest';
import { parsePrometheusOptions, type PrometheusSettings } from './options';
import { PRESET_NAMES } from './presets';
import { driftQuery, servingQuery } from './queries';

function settings(options?: Record<string, unknown>): PrometheusSettings {
  const parsed = parsePrometheusOptions(options);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.settings;
}

const target = { model: 'dynamic-pricing', deployment: 'dynamic-pricing-production' };

describe('servingQuery with the Sightline defaults', () => {
  const defaults = settings();

  it('reads p95 latency from the histogram, with the rate window for the step', () => {
    expect(servingQuery(defaults, target, 'latency_p95', 60)).toEqual({
      query:
        'histogram_quantile(0.95, sum by (le) (rate(model_request_duration_seconds_bucket{model="dynamic-pricing",deployment="dynamic-pricing-production"}[240s])))',
      setting: 'options.queries.latency',
      label: 'p95 latency',
      unit: 'seconds',
    });
    expect(servingQuery(defaults, target, 'latency_p99', 600).query).toContain('histogram_quantile(0.99,');
    expect(servingQuery(defaults, target, 'latency_p99', 600).query).toContain('[660s]');
  });

  it('matches the model alone when no deployment is asked for', () => {
    expect(servingQuery(defaults, { model: 'churn-predictor' }, 'throughput', 60).query).toBe(
      'sum(rate(model_requests_total{model="churn-predictor"}[240s]))',
    );
  });

  it('reads the error rate as 5xx over all requests, 0 when nothing failed', () => {
    expect(servingQuery(defaults, target, 'error_rate', 120)).toMatchObject({
      query:
        '(sum(rate(model_requests_total{code=~"5..",model="dynamic-pricing",deployment="dynamic-pricing-production"}[240s])) or vector(0)) / sum(rate(model_requests_total{model="dynamic-pricing",deployment="dynamic-pricing-production"}[240s]))',
      unit: 'ratio',
      label: 'error rate',
    });
  });

  it('escapes hostile names', () => {
    expect(servingQuery(defaults, { model: 'a"} or vector(1) #' }, 'throughput', 60).query).toBe(
      'sum(rate(model_requests_total{model="a\\"} or vector(1) #"}[240s]))',
    );
  });

  it('uses the rate window of the scrape interval the connection sets', () => {
    const fast = settings({ scrapeIntervalSeconds: 15 });
    expect(servingQuery(fast, target, 'throughput', 60).query).toContain('[75s]');
  });
});

describe('overrides', () => {
  it('takes a connection’s own query per signal, and its own label names', () => {
    const custom = settings({
      labels: { model: 'app', deployment: 'env' },
      queries: {
        latency_p99: 'max(p99_seconds{{{selector}}})',
        throughput: 'sum(irate(hits{{{selector}}}[{{step}}]))',
      },
    });
    expect(servingQuery(custom, target, 'latency_p99', 60)).toMatchObject({
      query: 'max(p99_seconds{app="dynamic-pricing",env="dynamic-pricing-production"})',
      setting: 'options.queries.latency_p99',
    });
    // p95 still comes from the preset's shared latency template, with the custom labels.
    expect(servingQuery(custom, target, 'latency_p95', 60).query).toContain(
      '{app="dynamic-pricing",env="dynamic-pricing-production"}',
    );
    expect(servingQuery(custom, target, 'throughput', 60).query).toBe(
      'sum(irate(hits{app="dynamic-pricing",env="dynamic-pricing-production"}[60s]))',
    );
  });
});

describe('presets', () => {
  it('KServe reads the ModelServer histogram and Knative queue-proxy errors', () => {
    const kserve = settings({ preset: 'kserve' });
    expect(servingQuery(kserve, target, 'latency_p95', 60).query).toBe(
      'histogram_quantile(0.95, sum by (le) (rate(request_predict_seconds_bucket{model_name="dynamic-pricing",namespace="dynamic-pricing-production"}[240s])))',
    );
    expect(servingQuery(kserve, { model: 'fraud.v2' }, 'error_rate', 60).query).toBe(
      '(sum(rate(revision_app_request_count{response_code_class="5xx",service_name=~"fraud\\\\.v2-predictor.*",namespace=~".*"}[240s])) or vector(0)) / sum(rate(revision_app_request_count{service_name=~"fraud\\\\.v2-predictor.*",namespace=~".*"}[240s]))',
    );
  });

  it('Seldon Core reads the executor histogram by deployment_name and model_name', () => {
    const seldon = settings({ preset: 'seldon-core' });
    expect(servingQuery(seldon, target, 'throughput', 60).query).toBe(
      'sum(rate(seldon_api_executor_client_requests_seconds_count{model_name="dynamic-pricing",deployment_name="dynamic-pricing-production"}[240s]))',
    );
  });

  it('every preset renders every query with no placeholder left', () => {
    for (const preset of PRESET_NAMES) {
      const s = settings({ preset });
      for (const signal of [
        'latency_p50',
        'latency_p95',
        'latency_p99',
        'throughput',
        'error_rate',
      ] as const) {
        expect(servingQuery(s, target, signal, 60).query).not.toContain('{{');
      }
      expect(driftQuery(s, { model: 'm', feature: 'f' }, 60).query).not.toContain('{{');
    }
  });
});

describe('driftQuery', () => {
  it('matches model and feature, never the deployment, and groups by the feature label', () => {
    expect(driftQuery(settings(), { model: 'churn-predictor', deployment: 'x' }, 60)).toEqual({
      query: 'max by (feature) (model_feature_drift_score{model="churn-predictor"})',
      setting: 'options.queries.drift',
      label: 'drift score',
      unit: 'score',
    });
    expect(driftQuery(settings(), { model: 'churn-predictor', feature: 'tenure_months' }, 60).query).toBe(
      'max by (feature) (model_feature_drift_score{model="churn-predictor",feature="tenure_months"})',
    );
    expect(driftQuery(settings({ preset: 'seldon-core' }), { model: 'm' }, 60).query).toBe(
      'max by (feature) (model_feature_drift_score{model=~"m",feature=~".*"})',
    );
  });
});

describe('parsePrometheusOptions', () => {
  it('defaults to the Sightline preset at a 60 s scrape', () => {
    expect(parsePrometheusOptions(undefined)).toMatchObject({
      ok: true,
      settings: {
        preset: 'sightline',
        scrapeIntervalSeconds: 60,
        evaluationIntervalSeconds: 60,
        labels: { model: 'model', deployment: 'deployment', feature: 'feature' },
        alertLabels: { model: 'model', deployment: 'deployment', severity: 'severity' },
      },
    });
  });

  it('names the bad option', () => {
    expect(parsePrometheusOptions({ preset: 'triton' })).toMatchObject({
      ok: false,
      field: 'options.preset',
    });
    expect(parsePrometheusOptions({ queries: { throughput: 'sum(x{{{selecter}}})' } })).toEqual({
      ok: false,
      field: 'options.queries.throughput',
      message: '"options.queries.throughput" uses {{selecter}}, which is not a placeholder',
    });
    expect(parsePrometheusOptions({ labels: { model: 'model-name' } })).toMatchObject({
      ok: false,
      field: 'options.labels.model',
    });
    expect(parsePrometheusOptions({ scrapeIntervalSeconds: 0 })).toMatchObject({
      ok: false,
      field: 'options.scrapeIntervalSeconds',
    });
  });
});
