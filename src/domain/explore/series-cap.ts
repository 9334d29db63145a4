import { formatCount } from './words';
import type { ExploreSeries } from './explore-result';

/** More lines than a person can tell apart, and more than a browser draws quickly. */
export const MAX_SHOWN_SERIES = 100;

export interface CappedSeries {
  shown: ExploreSeries[];
  total: number;
  /** "11,000 series: showing the first 100; narrow it with a label such as pod." */
  message?: string;
  /** The label whose values split the result most: the one to filter on. */
  suggestedLabel?: string;
}

/**
 * Keeps the first `max` series of a result, and when it cuts, says so with the label that would
 * narrow it best (the one with the most distinct values among the series).
 */
export function capSeries(series: readonly ExploreSeries[], max = MAX_SHOWN_SERIES): CappedSeries {
  if (series.length <= max) return { shown: [...series], total: series.length };
  const suggestedLabel = mostDistinctLabel(series);
  const how = suggestedLabel ? `a label such as ${suggestedLabel}="…"` : 'a label';
  return {
    shown: series.slice(0, max),
    total: series.length,
    suggestedLabel,
    message: `${formatCount(series.length)} series: showing the first ${formatCount(max)}; narrow it with ${how}.`,
  };
}

function mostDistinctLabel(series: readonly ExploreSeries[]): string | undefined {
  const values = new Map<string, Set<string>>();
  for (const s of series) {
    for (const [name, value] of Object.entries(s.labels)) {
      if (name === '__name__') continue;
      let set = values.get(name);
      if (!set) values.set(name, (set = new Set()));
      set.add(value);
    }
  }
  let best: string | undefined;
  let bestCount = 1;
  for (const [name, set] of [...values].sort(([a], [b]) => a.localeCompare(b))) {
    if (set.size > bestCount) {
      best = name;
      bestCount = set.size;
    }
  }
  return best;
}
