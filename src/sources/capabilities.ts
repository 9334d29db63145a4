import type { Alert, AlertInterval, Silence } from '../domain/alert';
import type { FleetFacets, FleetSummary, ModelQuery, ModelSortField, Page } from '../domain/fleet';
import type { TrainingRun } from '../domain/lineage';
import type { ModelDetail, ModelSummary, ModelVersion } from '../domain/model';
import type { SeriesResult } from '../domain/series';
import type { TimeWindow } from '../domain/time-range';
import type { Explore } from './explore-capability';
import type { Delivery } from './delivery-capability';
import type { Monitoring } from './monitoring-capability';
import type { Operations } from './operations-capability';
import type { Explanations } from './explanations-capability';
import type { Pipelines } from './pipelines-capability';
import type { Logs } from './logs-capability';

/**
 * The capabilities a source can answer, in domain words. Each method takes an
 * AbortSignal so a query that is no longer wanted stops at the network.
 * Designed against MLflow, Prometheus, Alertmanager and the Sightline REST
 * contract: see docs/sources.md.
 */

/** Models, versions, aliases, runs and lineage (MLflow's model registry). */
export interface Registry {
  /**
   * What `ModelQuery.search` matches, in words for the search box ("name"); absent means the
   * REST contract's "name, team, owner or tag". MLflow's search grammar reaches names only.
   */
  readonly searchMatches?: string;
  /** The sort keys `listModels` honours; absent means all of them. Others fall back to the name. */
  readonly sortableBy?: readonly ModelSortField[];
  listModels(query: ModelQuery, signal: AbortSignal): Promise<Page<ModelSummary>>;
  getModel(name: string, signal: AbortSignal): Promise<ModelDetail>;
  /** Newest first. */
  listVersions(name: string, signal: AbortSignal): Promise<ModelVersion[]>;
  getRun(runId: string, signal: AbortSignal): Promise<TrainingRun>;
  facets(signal: AbortSignal): Promise<FleetFacets>;
  summary(signal: AbortSignal): Promise<FleetSummary>;
}

export const SERVING_SIGNALS = [
  'latency_p50',
  'latency_p95',
  'latency_p99',
  'throughput',
  'error_rate',
] as const;
export type ServingSignal = (typeof SERVING_SIGNALS)[number];

export interface SeriesRequest {
  window: TimeWindow;
  /** Chosen by the caller from the chart's pixel width (see domain/step). */
  stepSeconds: number;
}

export interface MetricsTarget {
  model: string;
  deployment?: string;
}

/** Time series at a step the caller chooses (Prometheus `query_range`). */
export interface Metrics {
  /** How often the backend scrapes, when the connection knows: the floor for `chooseStep` (domain/step). */
  readonly scrapeIntervalSeconds?: number;
  serving(
    target: MetricsTarget,
    signal: ServingSignal,
    request: SeriesRequest,
    abort: AbortSignal,
  ): Promise<SeriesResult>;
  driftScores(
    target: MetricsTarget & { feature?: string },
    request: SeriesRequest,
    abort: AbortSignal,
  ): Promise<SeriesResult>;
}

export interface AlertFilter {
  model?: string;
  /** Include silenced and inhibited alerts. */
  includeSuppressed?: boolean;
}

/** Firing alerts, silences, and the history of what fired (Alertmanager, Prometheus `ALERTS`). */
export interface Alerts {
  listAlerts(filter: AlertFilter, signal: AbortSignal): Promise<Alert[]>;
  listSilences(signal: AbortSignal): Promise<Silence[]>;
  history(filter: AlertFilter, window: TimeWindow, signal: AbortSignal): Promise<AlertInterval[]>;
}

export interface CapabilityMap {
  registry: Registry;
  metrics: Metrics;
  alerts: Alerts;
  monitoring: Monitoring;
  operations: Operations;
  explore: Explore;
  delivery: Delivery;
  explanations: Explanations;
  pipelines: Pipelines;
  logs: Logs;
}

export type CapabilityName = keyof CapabilityMap;
export const CAPABILITY_NAMES: readonly CapabilityName[] = [
  'registry',
  'metrics',
  'alerts',
  'monitoring',
  'operations',
  'explore',
  'delivery',
  'explanations',
  'pipelines',
  'logs',
];

export const CAPABILITY_LABELS: Record<CapabilityName, string> = {
  registry: 'Model registry',
  metrics: 'Metrics',
  alerts: 'Alerts',
  monitoring: 'Monitoring',
  operations: 'Operations',
  explore: 'Explore queries',
  delivery: 'Delivery and evidence',
  explanations: 'Explanations and fairness',
  pipelines: 'Pipelines and data quality',
  logs: 'Logs',
};
