/**
 * One sample of a time series: [time in ms since the epoch, value]. A null value is a gap
 * (no data, e.g. a metric that stopped reporting); charts break the line there. NaN is treated
 * as a gap too, so it cannot poison the triangle areas.
 */
export type TimePoint = readonly [t: number, v: number | null];

/** True when the point carries a value (not null, not NaN). */
export function hasValue(point: TimePoint | undefined): point is readonly [number, number] {
  if (point === undefined) return false;
  const value = point[1];
  // `value === value` is false only for NaN.
  return value !== null && value === value;
}
