import type { Unit } from '../../domain/series';
import { rateWindow } from '../../domain/step';
import type { MetricsTarget, ServingSignal } from '../capabilities';
import type { PrometheusSettings } from './options';
import type { QueryKey } from './presets';
import { quoteRegexValue, renderTemplate, selector } from './promql-template';

export interface BuiltQuery {
  query: string;
  /** The setting a user edits to change it: "options.queries.latency". */
  setting: string;
  label: string;
  unit: Unit;
}

const SIGNALS: Record<ServingSignal, { label: string; unit: Unit; quantile?: string }> = {
  latency_p50: { label: 'p50 latency', unit: 'seconds', quantile: '0.5' },
  latency_p95: { label: 'p95 latency', unit: 'seconds', quantile: '0.95' },
  latency_p99: { label: 'p99 latency', unit: 'seconds', quantile: '0.99' },
  throughput: { label: 'throughput', unit: 'requests_per_second' },
  error_rate: { label: 'error rate', unit: 'ratio' },
};

/** `latency_p95` if the connection overrides it, else the shared `latency` template. */
function templateFor(
  settings: PrometheusSettings,
  signal: ServingSignal,
): { key: QueryKey; template: string } {
  const own = settings.queries[signal];
  if (own !== undefined) return { key: signal, template: own };
  const key = signal.startsWith('latency_') ? 'latency' : (signal as 'throughput' | 'error_rate');
  return { key, template: settings.queries[key] };
}

const regexOrAny = (value: string | undefined): string => (value ? quoteRegexValue(value) : '.*');

function commonValues(
  settings: PrometheusSettings,
  target: MetricsTarget & { feature?: string },
  step: number,
) {
  return {
    model: regexOrAny(target.model),
    deployment: regexOrAny(target.deployment),
    feature: regexOrAny(target.feature),
    feature_label: settings.labels.feature,
    rate: rateWindow(step, settings.scrapeIntervalSeconds),
    step: `${step}s`,
  };
}

export function servingQuery(
  settings: PrometheusSettings,
  target: MetricsTarget,
  signal: ServingSignal,
  stepSeconds: number,
): BuiltQuery {
  const { key, template } = templateFor(settings, signal);
  const { label, unit, quantile } = SIGNALS[signal];
  const query = renderTemplate(template, {
    ...commonValues(settings, target, stepSeconds),
    selector: selector([
      [settings.labels.model, target.model],
      [settings.labels.deployment, target.deployment],
    ]),
    quantile,
  });
  return { query, setting: `options.queries.${key}`, label, unit };
}

/** Drift is per model (and feature): the selector leaves the deployment out. */
export function driftQuery(
  settings: PrometheusSettings,
  target: MetricsTarget & { feature?: string },
  stepSeconds: number,
): BuiltQuery {
  const query = renderTemplate(settings.queries.drift, {
    ...commonValues(settings, target, stepSeconds),
    selector: selector([
      [settings.labels.model, target.model],
      [settings.labels.feature, target.feature],
    ]),
  });
  return { query, setting: 'options.queries.drift', label: 'drift score', unit: 'score' };
}
