/**
 * The p-quantile of a sample by linear interpolation between order statistics: Hyndman & Fan
 * (1996) type 7, the default of R's `quantile` and NumPy's `percentile`. h = (n − 1)·p; the
 * answer lies between x[⌊h⌋] and x[⌊h⌋ + 1]. Undefined for an empty sample.
 */
export function quantile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const below = sorted[lo] ?? 0;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] ?? below;
  return below + (h - lo) * (above - below);
}

export const median = (values: readonly number[]): number | undefined => quantile(values, 0.5);
export const p90 = (values: readonly number[]): number | undefined => quantile(values, 0.9);
