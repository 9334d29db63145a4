import type { Point } from '../series';

/** One series of a PromQL result: its labels (with `__name__` when the expression kept it). */
export interface ExploreSeries {
  labels: Record<string, string>;
  points: Point[];
}

/**
 * What a PromQL expression evaluates to, in Prometheus's four result types.
 * https://prometheus.io/docs/prometheus/latest/querying/api/#expression-query-result-formats
 */
export type ExploreResult =
  | { kind: 'matrix'; series: ExploreSeries[]; stepSeconds?: number; warnings: string[] }
  | { kind: 'vector'; series: ExploreSeries[]; warnings: string[] }
  | { kind: 'scalar'; t: number; value: number | null; warnings: string[] }
  | { kind: 'string'; t: number; value: string; warnings: string[] };

/** A series named as Prometheus prints it: `model_requests_total{code="500", model="churn"}`. */
export function seriesName(labels: Record<string, string>): string {
  const { __name__: name = '', ...rest } = labels;
  const pairs = Object.keys(rest)
    .sort()
    .map((key) => `${key}="${rest[key] ?? ''}"`);
  if (pairs.length === 0) return name || '{}';
  return `${name}{${pairs.join(', ')}}`;
}

/** The last non-gap value of a series and its time, for the table of latest values. */
export function latestPoint(points: readonly Point[]): Point | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i];
    if (point && point[1] !== null) return point;
  }
  return undefined;
}
