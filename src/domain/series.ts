/** A point of a time series: epoch milliseconds and a value; `null` is a gap (no data, NaN). */
export type Point = [t: number, v: number | null];

export const UNITS = ['seconds', 'requests_per_second', 'ratio', 'score', 'count'] as const;
export type Unit = (typeof UNITS)[number];

export interface Series {
  /** What a legend shows: "p95 latency", "v7", "tenure_months". */
  label: string;
  unit: Unit;
  points: Point[];
  /** Labels that identify the series in its backend (Prometheus labels, for example). */
  labels?: Record<string, string>;
}

/** A set of series and the backend query behind it, so a user can see and copy it. */
export interface SeriesResult {
  series: Series[];
  query?: string;
  stepSeconds: number;
}
