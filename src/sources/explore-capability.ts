import type { ExploreResult } from '../domain/explore/explore-result';
import type { TimeWindow } from '../domain/time-range';

/** A ready-made query for the model in context: "p95 latency by deployment". */
export interface ExploreTemplate {
  id: 'latency_by_deployment' | 'errors_by_code' | 'drift_by_feature';
  label: string;
  expr: string;
}

export interface MetricNameList {
  names: string[];
  /** The server has more than were asked for: the list is the first `limit`. */
  truncated: boolean;
  /** The server has no metadata endpoints (a proxy that forwards queries only). */
  unavailable?: string;
}

/**
 * Raw queries in the backend's own language (PromQL), for Explore: what a person asks that no
 * chart anticipated. Answered by Prometheus (and anything speaking its HTTP API), and by the demo.
 */
export interface Explore {
  /** Prometheus `query_range`; the window must already be aligned to the step. */
  rangeQuery(
    expr: string,
    window: TimeWindow,
    stepSeconds: number,
    abort: AbortSignal,
  ): Promise<ExploreResult>;
  /** Prometheus `query` at an instant (epoch ms). */
  instantQuery(expr: string, timeMs: number, abort: AbortSignal): Promise<ExploreResult>;
  /** Metric names, at most `limit` (a browser struggles past about 10,000). */
  metricNames(limit: number, abort: AbortSignal): Promise<MetricNameList>;
  /** Label names, of one metric's series when `metric` is given. */
  labelNames(abort: AbortSignal, metric?: string): Promise<string[]>;
  /** Values a label takes, on one metric's series when `metric` is given. */
  labelValues(label: string, abort: AbortSignal, metric?: string): Promise<string[]>;
  /** Queries for a model, written with this connection's metric and label names. */
  templates(model: string, abort: AbortSignal): Promise<ExploreTemplate[]>;
}
