/**
 * What Explore needs to know of a LogQL expression without parsing it fully.
 * https://grafana.com/docs/loki/latest/query/
 */

/** A log query starts with its stream selector `{…}`; a metric query wraps one in a function. */
export function isLogQuery(expr: string): boolean {
  return expr.trimStart().startsWith('{');
}

/**
 * The query behind the histogram of log volume: the lines the log query matches, counted per
 * step and per `level` (Grafana's log volume asks the same). A log query only: a metric query
 * is drawn as it is.
 */
export function logVolumeQuery(expr: string, stepSeconds: number): string {
  const step = Math.max(1, Math.round(stepSeconds));
  return `sum by (level) (count_over_time(${expr.trim()} [${step}s]))`;
}

/** The labels of a line worth showing beside it: all but the ones every line of the result shares. */
export function distinguishingLabels(
  lines: readonly { labels: Record<string, string> }[],
): ReadonlySet<string> {
  const first = lines[0]?.labels ?? {};
  const shared = new Set(Object.keys(first));
  for (const { labels } of lines)
    for (const key of shared) if (labels[key] !== first[key]) shared.delete(key);
  const keys = new Set<string>();
  for (const { labels } of lines) for (const key of Object.keys(labels)) if (!shared.has(key)) keys.add(key);
  return keys;
}

/** Steps a volume bar may span, in seconds: each reads well on an axis ("every 5 min"). */
const VOLUME_STEPS_SECONDS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

/** The step of the log-volume histogram: the finest readable one that gives at most `bars` bars. */
export function logVolumeStep(window: { from: number; to: number }, bars = 60): number {
  const wanted = Math.max(0, window.to - window.from) / 1000 / Math.max(1, bars);
  return VOLUME_STEPS_SECONDS.find((s) => s >= wanted) ?? (VOLUME_STEPS_SECONDS.at(-1) as number);
}

/** One bar of the log-volume histogram: the lines of each level in a step. */
export interface VolumeBar {
  t: number;
  counts: Record<string, number>;
  total: number;
}

/**
 * The bars of the log-volume histogram from `sum by (level) (count_over_time(…))`: one bar a
 * step, each level's count in it (a step with no line is a bar of 0), levels ordered worst first.
 */
export function volumeBars(
  series: readonly {
    labels: Record<string, string>;
    points: readonly (readonly [number, number | null])[];
  }[],
): { bars: VolumeBar[]; levels: string[]; total: number } {
  const byTime = new Map<number, VolumeBar>();
  const levels = new Set<string>();
  let total = 0;
  for (const s of series) {
    const level = s.labels.level ?? 'unknown';
    levels.add(level);
    for (const [t, v] of s.points) {
      if (v === null || !Number.isFinite(v)) continue;
      const bar = byTime.get(t) ?? { t, counts: {}, total: 0 };
      bar.counts[level] = (bar.counts[level] ?? 0) + v;
      bar.total += v;
      total += v;
      byTime.set(t, bar);
    }
  }
  const order = ['critical', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace'];
  const rank = (l: string): number => (order.includes(l) ? order.indexOf(l) : order.length);
  return {
    bars: [...byTime.values()].sort((a, b) => a.t - b.t),
    levels: [...levels].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)),
    total,
  };
}

/** Adds `name="value"` to the query's stream selector (or starts one), replacing that label's matcher. */
export function withMatcher(expr: string, matcher: string): string {
  const trimmed = expr.trim();
  const name = matcher.slice(0, matcher.search(/[=!]/));
  const open = trimmed.indexOf('{');
  const close = open >= 0 ? trimmed.indexOf('}', open) : -1;
  if (open < 0 || close < 0) return trimmed ? `{${matcher}} ${trimmed}` : `{${matcher}}`;
  const inside = trimmed
    .slice(open + 1, close)
    .split(',')
    .map((m) => m.trim())
    .filter((m) => m && !m.startsWith(`${name}=`) && !m.startsWith(`${name}!`));
  return `${trimmed.slice(0, open)}{${[...inside, matcher].join(', ')}}${trimmed.slice(close + 1)}`;
}
