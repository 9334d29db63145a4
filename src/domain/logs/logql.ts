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
