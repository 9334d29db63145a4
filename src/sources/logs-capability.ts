import type { LogQueryResult } from '../domain/logs/log-result';
import type { TimeWindow } from '../domain/time-range';

export interface LogRangeOptions {
  /** The most lines a log query returns (Loki's `limit`). */
  limit: number;
  /** The step of a metric query, in seconds (Loki's `step`). */
  stepSeconds: number;
  /** `backward` (the default) returns the newest lines when there are more than `limit`. */
  direction?: 'backward' | 'forward';
}

/**
 * Log lines and log volume for a selector over a range, in the backend's own language (LogQL):
 * for Explore. Answered by Loki (and anything speaking its HTTP API), and by the demo.
 */
export interface Logs {
  /** Loki's `query_range`: lines (newest first) for a log query, series for a metric query. */
  queryRange(
    query: string,
    window: TimeWindow,
    options: LogRangeOptions,
    abort: AbortSignal,
  ): Promise<LogQueryResult>;
  /** The label names of the streams seen in the window. */
  labelNames(window: TimeWindow, abort: AbortSignal): Promise<string[]>;
  /** The values one label takes in the window. */
  labelValues(label: string, window: TimeWindow, abort: AbortSignal): Promise<string[]>;
}
