import type { Point, Series, Unit } from '../../domain/series';
import type { RangeSeriesWire } from './schemas';

/** A sample value: "NaN" (0/0, a quantile of no requests) and ±Inf become gaps, never numbers. */
export function toValue(value: string): number | null {
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** `[1795329660, "0.0318"]` (seconds, string) → `[1795329660000, 0.0318]` (ms, number). */
export function toPoints(values: RangeSeriesWire['values']): Point[] {
  return values.map(([t, v]) => [Math.round(t * 1000), toValue(v)]);
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

/** A serving signal: one line per result series, named "p95 latency" or "p95 latency · v7". */
export function toServingSeries(result: readonly RangeSeriesWire[], label: string, unit: Unit): Series[] {
  const names = distinguishingLabels(result);
  return result.map((s) => ({
    label: names.length > 0 ? `${label} · ${describe(s.metric, names)}` : label,
    unit,
    points: toPoints(s.values),
    labels: s.metric,
  }));
}

/** Drift: one line per feature, named by the feature label (or whatever tells the lines apart). */
export function toDriftSeries(result: readonly RangeSeriesWire[], featureLabel: string): Series[] {
  const names = distinguishingLabels(result);
  return result
    .map((s) => ({
      label: s.metric[featureLabel] ?? (names.length > 0 ? describe(s.metric, names) : 'drift score'),
      unit: 'score' as const,
      points: toPoints(s.values),
      labels: s.metric,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
