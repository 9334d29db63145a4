import type { Unit } from '../series';

/**
 * Where in the expression Prometheus says a parse error is, as a 0-based offset: Prometheus
 * ≥ 2.20 writes `line:column: parse error: …` (1-based), older servers `parse error at char N:`.
 */
export function errorOffset(message: string, expr: string): number | undefined {
  const modern = /(\d+):(\d+): parse error/.exec(message);
  if (modern) {
    const line = Number(modern[1]);
    const column = Number(modern[2]);
    const lines = expr.split('\n');
    if (line < 1 || line > lines.length) return undefined;
    const before = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    return Math.min(before + column - 1, expr.length);
  }
  const old = /parse error at char (\d+)/.exec(message);
  if (old) return Math.min(Math.max(Number(old[1]) - 1, 0), expr.length);
  return undefined;
}

/**
 * A unit for the chart's axis from what the expression reads, by Prometheus's naming
 * conventions (https://prometheus.io/docs/practices/naming/): a quantile of `_seconds` is a
 * duration; a share of two sums a ratio; a `rate` of a `_total` counter per second.
 */
export function inferUnit(expr: string): Unit {
  if (/drift_score|_score\b/.test(expr)) return 'score';
  if (/\)\s*\/\s*(scalar\s*\()?\s*\(?\s*sum\b/.test(expr)) return 'ratio';
  if (/_seconds(_bucket|_sum)?\b/.test(expr) && !/_seconds_count\b/.test(expr)) return 'seconds';
  if (/\b(i?rate)\s*\(/.test(expr)) return 'requests_per_second';
  if (/_ratio\b|_percent\b/.test(expr)) return 'ratio';
  return 'count';
}
