import type { ModelQuery } from '../domain/fleet';
import type { TimeWindow } from '../domain/time-range';
import type { AlertFilter, MetricsTarget, SeriesRequest, ServingSignal } from '../sources/capabilities';
import type { IncidentFilter } from '../sources/operations-capability';
import type { BucketedRequest, MonitoringTarget } from '../sources/monitoring-capability';
import type { RegistryEventFilter } from '../sources/delivery-capability';
import type { ExplanationTarget } from '../sources/explanations-capability';
import type { PredictionFilter } from '../domain/explanations/explanation';

/**
 * Query keys, one factory per capability. Each key starts with the capability
 * and the answering connection, so switching connections never shows stale data.
 */
export const registryKeys = {
  all: (sourceKey: string) => ['registry', sourceKey] as const,
  models: (sourceKey: string, query: ModelQuery) => ['registry', sourceKey, 'models', query] as const,
  model: (sourceKey: string, name: string) => ['registry', sourceKey, 'model', name] as const,
  versions: (sourceKey: string, name: string) => ['registry', sourceKey, 'versions', name] as const,
  run: (sourceKey: string, runId: string) => ['registry', sourceKey, 'run', runId] as const,
  facets: (sourceKey: string) => ['registry', sourceKey, 'facets'] as const,
  summary: (sourceKey: string) => ['registry', sourceKey, 'summary'] as const,
};

export const operationsKeys = {
  all: (sourceKey: string) => ['operations', sourceKey] as const,
  deployments: (sourceKey: string, model: string) => ['operations', sourceKey, 'deployments', model] as const,
  rollouts: (sourceKey: string, model: string) => ['operations', sourceKey, 'rollouts', model] as const,
  objectives: (sourceKey: string, model?: string) =>
    ['operations', sourceKey, 'objectives', model ?? '*'] as const,
  incidents: (sourceKey: string, filter: IncidentFilter) =>
    ['operations', sourceKey, 'incidents', filter] as const,
  incident: (sourceKey: string, id: string) => ['operations', sourceKey, 'incident', id] as const,
  retraining: (sourceKey: string, model: string) => ['operations', sourceKey, 'retraining', model] as const,
};

export const metricsKeys = {
  serving: (sourceKey: string, target: MetricsTarget, signal: ServingSignal, request: SeriesRequest) =>
    ['metrics', sourceKey, 'serving', target, signal, request] as const,
};

export const alertsKeys = {
  all: (sourceKey: string) => ['alerts', sourceKey] as const,
  list: (sourceKey: string, filter: AlertFilter) => ['alerts', sourceKey, 'list', filter] as const,
  history: (sourceKey: string, filter: AlertFilter, window: TimeWindow) =>
    ['alerts', sourceKey, 'history', filter, window] as const,
};

export const monitoringKeys = {
  all: (sourceKey: string) => ['monitoring', sourceKey] as const,
  driftReport: (sourceKey: string, target: MonitoringTarget, window: TimeWindow) =>
    ['monitoring', sourceKey, 'drift-report', target, window] as const,
  driftTimeline: (sourceKey: string, target: MonitoringTarget, request: BucketedRequest) =>
    ['monitoring', sourceKey, 'drift-timeline', target, request] as const,
  performance: (sourceKey: string, target: MonitoringTarget, request: BucketedRequest) =>
    ['monitoring', sourceKey, 'performance', target, request] as const,
  driftRanking: (sourceKey: string, window: TimeWindow, limit: number) =>
    ['monitoring', sourceKey, 'drift-ranking', window, limit] as const,
};

export const exploreKeys = {
  all: (sourceKey: string) => ['explore', sourceKey] as const,
  run: (
    sourceKey: string,
    expr: string,
    at: { window: TimeWindow; stepSeconds: number } | { timeMs: number },
  ) => ['explore', sourceKey, 'run', expr, at] as const,
  templates: (sourceKey: string, model: string) => ['explore', sourceKey, 'templates', model] as const,
  logs: (sourceKey: string, query: string, window: TimeWindow, limit: number, stepSeconds: number) =>
    ['explore', sourceKey, 'logs', query, window, limit, stepSeconds] as const,
  logLabels: (sourceKey: string, window: TimeWindow, label?: string) =>
    ['explore', sourceKey, 'log-labels', window, label ?? null] as const,
};

export const deliveryKeys = {
  all: (sourceKey: string) => ['delivery', sourceKey] as const,
  events: (sourceKey: string, filter: RegistryEventFilter) =>
    ['delivery', sourceKey, 'events', filter] as const,
  evidencePack: (sourceKey: string, id: string) => ['delivery', sourceKey, 'evidence-pack', id] as const,
};

export const explanationsKeys = {
  all: (sourceKey: string) => ['explanations', sourceKey] as const,
  global: (sourceKey: string, target: ExplanationTarget) =>
    ['explanations', sourceKey, 'global', target] as const,
  predictions: (sourceKey: string, model: string, filter: PredictionFilter) =>
    ['explanations', sourceKey, 'predictions', model, filter] as const,
  local: (sourceKey: string, model: string, predictionId: string, k: number) =>
    ['explanations', sourceKey, 'local', model, predictionId, k] as const,
  drift: (sourceKey: string, model: string, window: TimeWindow, stepSeconds: number) =>
    ['explanations', sourceKey, 'drift', model, window, stepSeconds] as const,
  groups: (sourceKey: string, target: ExplanationTarget, window: TimeWindow) =>
    ['explanations', sourceKey, 'groups', target, window] as const,
  driftRanking: (sourceKey: string, window: TimeWindow, limit: number) =>
    ['explanations', sourceKey, 'drift-ranking', window, limit] as const,
  overview: (sourceKey: string, window: TimeWindow) =>
    ['explanations', sourceKey, 'overview', window] as const,
};

export const pipelinesKeys = {
  all: (sourceKey: string) => ['pipelines', sourceKey] as const,
  list: (sourceKey: string) => ['pipelines', sourceKey, 'list'] as const,
  pipeline: (sourceKey: string, id: string) => ['pipelines', sourceKey, 'pipeline', id] as const,
  run: (sourceKey: string, id: string, runId: string) => ['pipelines', sourceKey, 'run', id, runId] as const,
  datasets: (sourceKey: string) => ['pipelines', sourceKey, 'datasets'] as const,
  versions: (sourceKey: string, dataset: string) => ['pipelines', sourceKey, 'versions', dataset] as const,
  consumptions: (sourceKey: string, model: string) =>
    ['pipelines', sourceKey, 'consumptions', model] as const,
  impact: (sourceKey: string, dataset: string, version: string) =>
    ['pipelines', sourceKey, 'impact', dataset, version] as const,
};
