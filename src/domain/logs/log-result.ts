import type { ExploreSeries } from '../explore/explore-result';

/** One log line with the labels of the stream it came from. */
export interface LogLine {
  /** Unique within a result: the stream's labels, the time and the line's place. */
  id: string;
  /** Epoch milliseconds (for axes and formatting). */
  t: number;
  /** The exact time, in epoch nanoseconds as Loki sends it (ordering ties inside a millisecond). */
  ns: string;
  line: string;
  labels: Record<string, string>;
}

/**
 * What a LogQL query returns over a range: log lines (a log query) or series (a metric query,
 * such as `sum by (level) (count_over_time({app="x"} [1m]))`).
 * https://grafana.com/docs/loki/latest/reference/loki-http-api/#query-logs-within-a-range-of-time
 */
export type LogQueryResult =
  | {
      kind: 'streams';
      /** Newest first. */
      lines: LogLine[];
      /** The most lines asked for; `lines.length === limit` means there may be more. */
      limit: number;
      warnings: string[];
    }
  | { kind: 'matrix'; series: ExploreSeries[]; stepSeconds: number; warnings: string[] };

/** Epoch nanoseconds (a decimal string, beyond 2^53) to epoch milliseconds. */
export function nsToMs(ns: string): number {
  const digits = ns.trim();
  if (!/^\d+$/.test(digits)) return Number.NaN;
  return digits.length <= 6 ? 0 : Number(digits.slice(0, -6));
}

/** Epoch milliseconds to epoch nanoseconds, as a decimal string (what Loki's `start`/`end` take). */
export function msToNs(ms: number): string {
  return `${Math.round(ms)}000000`;
}

/** Compares two nanosecond strings as numbers (no leading zeros): negative when `a` is earlier. */
export function compareNs(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lines of every stream merged into one list, newest first (ties keep their stream order). */
export function mergeNewestFirst(streams: readonly LogLine[][]): LogLine[] {
  return streams.flat().sort((a, b) => compareNs(b.ns, a.ns));
}
