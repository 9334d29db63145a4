/**
 * The PromQL behind each panel, per serving framework. Prometheus holds only
 * what it scraped, and every framework names its metrics differently, so a
 * connection picks a preset and may override any query or label name.
 *
 * Placeholders (see promql-template.ts):
 * - `{{selector}}`: exact matchers for the target, without braces, using the
 *   connection's label names: `model="churn-predictor",deployment="churn-predictor-production"`.
 *   Serving queries match model and deployment (when one is asked for); drift
 *   queries match model and feature (when one is asked for).
 * - `{{model}}`, `{{deployment}}`, `{{feature}}`: the values, escaped for a
 *   regex matcher (`=~"{{deployment}}"`); one not asked for becomes `.*`.
 * - `{{feature_label}}`: the connection's feature label name.
 * - `{{rate}}`: the rate window, max(step + scrape, 4 × scrape), e.g. `75s`.
 * - `{{step}}`: the query step, e.g. `60s`.
 * - `{{quantile}}`: 0.5, 0.95 or 0.99, for the `latency` query.
 */

export const QUERY_KEYS = [
  'latency',
  'latency_p50',
  'latency_p95',
  'latency_p99',
  'throughput',
  'error_rate',
  'drift',
] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

export interface LabelNames {
  model: string;
  deployment: string;
  feature: string;
}

export interface Preset {
  description: string;
  labels: LabelNames;
  /** `latency` serves all three quantiles unless `latency_pNN` overrides one. */
  queries: Record<'latency' | 'throughput' | 'error_rate' | 'drift', string>;
}

export const PRESET_NAMES = ['sightline', 'kserve', 'seldon-core'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Sightline's drift gauge, which a monitoring job exports next to any serving framework. */
const SIGHTLINE_DRIFT = 'max by ({{feature_label}}) (model_feature_drift_score{{{selector}}})';
const DRIFT_BY_MODEL_LABEL =
  'max by (feature) (model_feature_drift_score{model=~"{{model}}",feature=~"{{feature}}"})';

export const PRESETS: Record<PresetName, Preset> = {
  /**
   * Sightline's convention: a histogram `model_request_duration_seconds{model,deployment,version}`,
   * a counter `model_requests_total{model,deployment,code}` (HTTP status) and a gauge
   * `model_feature_drift_score{model,feature}`.
   */
  sightline: {
    description: 'Sightline metric names (model_request_duration_seconds, model_requests_total)',
    labels: { model: 'model', deployment: 'deployment', feature: 'feature' },
    queries: {
      latency:
        'histogram_quantile({{quantile}}, sum by (le) (rate(model_request_duration_seconds_bucket{{{selector}}}[{{rate}}])))',
      throughput: 'sum(rate(model_requests_total{{{selector}}}[{{rate}}]))',
      error_rate:
        '(sum(rate(model_requests_total{code=~"5..",{{selector}}}[{{rate}}])) or vector(0)) / sum(rate(model_requests_total{{{selector}}}[{{rate}}]))',
      drift: SIGHTLINE_DRIFT,
    },
  },
  /**
   * KServe: the Python ModelServer (kserve ≥ 0.10) exports `request_predict_seconds{model_name}`
   * (also `request_preprocess_seconds`, `request_postprocess_seconds`, `request_explain_seconds`);
   * it counts no errors, so the error rate comes from Knative's queue-proxy
   * (`revision_app_request_count{service_name="<isvc>-predictor…",response_code_class}`,
   * serverless mode). Deployment maps to the Kubernetes `namespace` target label.
   */
  kserve: {
    description: 'KServe ModelServer (request_predict_seconds) and Knative queue-proxy errors',
    labels: { model: 'model_name', deployment: 'namespace', feature: 'feature' },
    queries: {
      latency:
        'histogram_quantile({{quantile}}, sum by (le) (rate(request_predict_seconds_bucket{{{selector}}}[{{rate}}])))',
      throughput: 'sum(rate(request_predict_seconds_count{{{selector}}}[{{rate}}]))',
      error_rate:
        '(sum(rate(revision_app_request_count{response_code_class="5xx",service_name=~"{{model}}-predictor.*",namespace=~"{{deployment}}"}[{{rate}}])) or vector(0)) / sum(rate(revision_app_request_count{service_name=~"{{model}}-predictor.*",namespace=~"{{deployment}}"}[{{rate}}]))',
      drift: DRIFT_BY_MODEL_LABEL,
    },
  },
  /**
   * Seldon Core v1 executor: `seldon_api_executor_client_requests_seconds{deployment_name,
   * predictor_name,model_name,code,…}` times the executor's calls to each model; `code` is the
   * HTTP status (REST) or the gRPC status name.
   */
  'seldon-core': {
    description: 'Seldon Core executor (seldon_api_executor_client_requests_seconds)',
    labels: { model: 'model_name', deployment: 'deployment_name', feature: 'feature' },
    queries: {
      latency:
        'histogram_quantile({{quantile}}, sum by (le) (rate(seldon_api_executor_client_requests_seconds_bucket{{{selector}}}[{{rate}}])))',
      throughput: 'sum(rate(seldon_api_executor_client_requests_seconds_count{{{selector}}}[{{rate}}]))',
      error_rate:
        '(sum(rate(seldon_api_executor_client_requests_seconds_count{code=~"5..|Internal|Unavailable|Unknown|DeadlineExceeded",{{selector}}}[{{rate}}])) or vector(0)) / sum(rate(seldon_api_executor_client_requests_seconds_count{{{selector}}}[{{rate}}]))',
      drift: DRIFT_BY_MODEL_LABEL,
    },
  },
};
