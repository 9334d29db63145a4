import { DEFAULT_ALERT_LABELS } from '../alertmanager/alert-labels';
import { defineKind, TIMEOUT_FIELD } from '../kind';
import type { OptionField } from '../option-fields';
import { PROMETHEUS_DEFAULTS, prometheusOptionsSchema } from './options';
import { PRESET_NAMES, PRESETS, QUERY_KEYS } from './presets';

const QUERY_HELP: Record<(typeof QUERY_KEYS)[number], string> = {
  latency: 'Latency quantiles; {{quantile}} is 0.5, 0.95 or 0.99',
  latency_p50: 'Overrides the latency query for p50',
  latency_p95: 'Overrides the latency query for p95',
  latency_p99: 'Overrides the latency query for p99',
  throughput: 'Requests per second',
  error_rate: 'Share of failed requests, 0–1',
  drift: 'Drift score per feature',
};

/** Prometheus, or anything that speaks its query API (VictoriaMetrics, Thanos, Mimir). */
export const prometheusKind = defineKind({
  id: 'prometheus',
  label: 'Prometheus',
  capabilities: ['metrics', 'alerts', 'explore'],
  urlPlaceholder: 'http://127.0.0.1:9090',
  optionsSchema: prometheusOptionsSchema,
  optionFields: [
    {
      path: 'preset',
      label: 'Metric names (serving framework)',
      type: 'select',
      choices: PRESET_NAMES.map((name) => ({ value: name, label: `${name}: ${PRESETS[name].description}` })),
    },
    {
      path: 'scrapeIntervalSeconds',
      label: 'Scrape interval (s)',
      type: 'number',
      placeholder: String(PROMETHEUS_DEFAULTS.scrapeIntervalSeconds),
    },
    {
      path: 'evaluationIntervalSeconds',
      label: 'Rule evaluation interval (s)',
      type: 'number',
      placeholder: String(PROMETHEUS_DEFAULTS.evaluationIntervalSeconds),
    },
    { path: 'labels.model', label: 'Model label', type: 'text', placeholder: PRESETS.sightline.labels.model },
    {
      path: 'labels.deployment',
      label: 'Deployment label',
      type: 'text',
      placeholder: PRESETS.sightline.labels.deployment,
    },
    {
      path: 'labels.feature',
      label: 'Feature label',
      type: 'text',
      placeholder: PRESETS.sightline.labels.feature,
    },
    ...QUERY_KEYS.map((key): OptionField => ({
      path: `queries.${key}`,
      label: `PromQL: ${key.replace('_', ' ')}`,
      type: 'textarea',
      placeholder:
        key in PRESETS.sightline.queries
          ? PRESETS.sightline.queries[key as keyof typeof PRESETS.sightline.queries]
          : '',
      help: QUERY_HELP[key],
    })),
    {
      path: 'alertLabels.model',
      label: 'Model label on ALERTS',
      type: 'text',
      placeholder: DEFAULT_ALERT_LABELS.model,
    },
    TIMEOUT_FIELD,
  ],
  // Known before the adapter loads, so charts choose their step from the real scrape interval.
  eager: (connection) => {
    const value = connection.options?.scrapeIntervalSeconds;
    const scrape = typeof value === 'number' && value > 0 ? value : PROMETHEUS_DEFAULTS.scrapeIntervalSeconds;
    return { metrics: { scrapeIntervalSeconds: scrape } };
  },
  adapter: { load: async () => (await import('./prometheus-source')).createPrometheusSource },
});
