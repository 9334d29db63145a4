import type { Point, Series, Unit } from '../../domain/series';
import type { RangeSeriesWire } from './schemas';

/** A sample value: "NaN" (0/0, a quantile of no requests) and ±Inf become gaps, never numbers. */
export function toValue(value: string): number | null {
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * `[1795329660, "0.0318"]` (seconds, string) → `[1795329660000, 0.0318]` (ms, number). Prometheus
 * leaves out a step it has no sample for, while the chart draws straight across a missing point
 * and breaks the line only at a gap: with the query's step, each step missing between two
 * samples becomes a gap (`null`), as the Sightline contract sends it.
 */
export function toPoints(values: RangeSeriesWire['values'], stepSeconds?: number): Point[] {
  const stepMs = stepSeconds !== undefined && stepSeconds > 0 ? stepSeconds * 1000 : undefined;
  const points: Point[] = [];
  for (const [t, v] of values) {
    const at = Math.round(t * 1000);
    const last = points.at(-1);
    // Half a step of slack: float seconds on the wire may not land exactly on the grid.
    if (stepMs !== undefined && last) {
      for (let gap = last[0] + stepMs; gap < at - stepMs / 2; gap += stepMs) points.push([gap, null]);
    }
    points.push([at, toValue(v)]);
  }
  return points;
}

/**
 * Labels that tell series apart: a query grouped `by (version)` names each line
 * by its version. Labels every series shares say nothing, so they are left out.
 */
export function distinguishingLabels(result: readonly RangeSeriesWire[]): string[] {
  if (result.length < 2) return [];
  const names = new Set(result.flatMap((s) => Object.keys(s.metric)));
  return [...names]
    .filter((name) => name !== '__name__')
    .filter((name) => new Set(result.map((s) => s.metric[name] ?? '')).size > 1)
    .sort();
}

function describe(metric: Record<string, string>, names: readonly string[]): string {
  if (names.length === 1) return metric[names[0] ?? ''] ?? '';
  return names.map((name) => `${name}=${metric[name] ?? ''}`).join(', ');
}

/**
 * A serving signal: one line per result series, named "p95 latency" or "p95 latency · v7".
 * `stepSeconds`, the query's, turns missing steps into gaps (see toPoints).
 */
export function toServingSeries(
  result: readonly RangeSeriesWire[],
  label: string,
  unit: Unit,
  stepSeconds?: number,
): Series[] {
  const names = distinguishingLabels(result);
  return result.map((s) => ({
    label: names.length > 0 ? `${label} · ${describe(s.metric, names)}` : label,
    unit,
    points: toPoints(s.values, stepSeconds),
    labels: s.metric,
  }));
}

/** Drift: one line per feature, named by the feature label (or whatever tells the lines apart). */
export function toDriftSeries(
  result: readonly RangeSeriesWire[],
  featureLabel: string,
  stepSeconds?: number,
): Series[] {
  const names = distinguishingLabels(result);
  return result
    .map((s) => ({
      label: s.metric[featureLabel] ?? (names.length > 0 ? describe(s.metric, names) : 'drift score'),
      unit: 'score' as const,
      points: toPoints(s.values, stepSeconds),
      labels: s.metric,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
