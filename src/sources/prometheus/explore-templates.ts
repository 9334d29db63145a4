import { rateWindow } from '../../domain/step';
import type { ExploreTemplate } from '../explore-capability';
import type { PrometheusSettings } from './options';
import type { PresetName } from './presets';
import { metricNames, selector } from './promql-template';
import { driftQuery, servingQuery } from './queries';

/** The label that carries the HTTP status, per serving framework (see presets.ts), and its error values. */
const STATUS: Record<PresetName, { label: string; errors: string }> = {
  sightline: { label: 'code', errors: '[45]..' },
  kserve: { label: 'response_code_class', errors: '[45]xx' },
  'seldon-core': { label: 'code', errors: '[45]..|Internal|Unavailable|Unknown|DeadlineExceeded' },
};

/** A step for templates: a minute, the finest a 24-hour chart on a laptop asks for. */
const TEMPLATE_STEP_SECONDS = 60;

/**
 * Queries for the model in context, written from the connection's own panel queries (so they use
 * its metric and label names): its p95 latency split by deployment, its error responses as a share
 * of all requests per status code, its drift score per feature.
 */
export function exploreTemplates(settings: PrometheusSettings, model: string): ExploreTemplate[] {
  const target = { model };
  const rate = rateWindow(TEMPLATE_STEP_SECONDS, settings.scrapeIntervalSeconds);
  const latency = servingQuery(settings, target, 'latency_p95', TEMPLATE_STEP_SECONDS).query;
  const byDeployment = latency.replace(/by \(le\)/, `by (le, ${settings.labels.deployment})`);
  const status = STATUS[settings.preset];
  const counter = metricNames(settings.queries.error_rate)[0] ?? metricNames(settings.queries.throughput)[0];
  const matchers = selector([[settings.labels.model, model]]);
  const templates: ExploreTemplate[] = [
    { id: 'latency_by_deployment', label: `p95 latency of ${model} by deployment`, expr: byDeployment },
  ];
  if (counter) {
    const all = `sum(rate(${counter}{${matchers}}[${rate}]))`;
    const errors = `sum by (${status.label}) (rate(${counter}{${status.label}=~"${status.errors}",${matchers}}[${rate}]))`;
    templates.push({
      id: 'errors_by_code',
      label: `Error rate of ${model} by status code`,
      expr: `${errors} / scalar(${all})`,
    });
  }
  templates.push({
    id: 'drift_by_feature',
    label: `Drift score of ${model} per feature`,
    expr: driftQuery(settings, target, TEMPLATE_STEP_SECONDS).query,
  });
  return templates;
}
