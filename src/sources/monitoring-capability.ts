import type { DriftRanking, DriftReport, DriftTimeline, PerformanceReport } from '../domain/monitoring';
import type { TimeWindow } from '../domain/time-range';

/** Which model (and version: the production one when left out) a monitoring question is about. */
export interface MonitoringTarget {
  model: string;
  version?: string;
}

export interface BucketedRequest {
  window: TimeWindow;
  /** Bucket width, chosen by the caller from the chart's pixel width (see domain/step). */
  stepSeconds: number;
  /** Only these features (all when left out). */
  features?: string[];
}

/**
 * Drift and performance of models in production (the Sightline REST contract). Profiles come
 * binned, so the browser never downloads raw rows; scores are computed client-side so the user
 * can change the method and threshold.
 */
export interface Monitoring {
  /** Reference vs current profile per feature and for the prediction, over `window`. */
  driftReport(target: MonitoringTarget, window: TimeWindow, signal: AbortSignal): Promise<DriftReport>;
  /** The current window's counts per time bucket, on the report's bins: drift over time. */
  driftTimeline(
    target: MonitoringTarget,
    request: BucketedRequest,
    signal: AbortSignal,
  ): Promise<DriftTimeline>;
  /** Quality metrics per bucket, and which recent period still waits for its labels. */
  performance(
    target: MonitoringTarget,
    request: BucketedRequest,
    signal: AbortSignal,
  ): Promise<PerformanceReport>;
  /** Monitored models, worst drift first, scored by the backend with each model's settings. */
  driftRanking(window: TimeWindow, limit: number, signal: AbortSignal): Promise<DriftRanking>;
}
