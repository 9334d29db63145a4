import { HOUR } from '../fleet/time';

const SWING = 0.35;
const cycle = (hourOfDay: number): number => SWING * Math.sin((2 * Math.PI * (hourOfDay - 9)) / 24);

/** prefix[k] = Σ cycle(j) for j < k; a whole day sums to 0, which makes window sums O(1). */
const PREFIX = Array.from({ length: 25 }, (_, k) =>
  Array.from({ length: k }, (_, j) => cycle(j)).reduce((a, b) => a + b, 0),
);

/** Live rows in the hour starting at `hourStart`: a daily cycle around the mean, busiest mid-afternoon UTC. */
export function rowsInHour(rowsPerHour: number, hourStart: number): number {
  const hourOfDay = ((Math.floor(hourStart / HOUR) % 24) + 24) % 24;
  return rowsPerHour * (1 + cycle(hourOfDay));
}

/** The first live hour of a window and the end of its live hours (exclusive), both hour starts. */
function liveSpan(from: number, to: number, now: number): [number, number] {
  return [Math.ceil(from / HOUR) * HOUR, Math.min(to, now - HOUR + 1)];
}

/**
 * Start of every hour of live data in `[from, to)`: hours that start in the window and have
 * ended by `now` (the demo's clock), so the future never holds rows.
 */
export function liveHours(from: number, to: number, now: number): number[] {
  const [first, end] = liveSpan(from, to, now);
  const hours: number[] = [];
  for (let h = first; h < end; h += HOUR) hours.push(h);
  return hours;
}

/** Σ of `rowsInHour(1, h)` over the live hours of a window, in constant time. */
export function cycleSum(from: number, to: number, now: number): number {
  const [first, end] = liveSpan(from, to, now);
  const n0 = first / HOUR;
  const n1 = Math.max(n0, Math.ceil(end / HOUR));
  const at = (n: number): number => PREFIX[((n % 24) + 24) % 24] ?? 0;
  return n1 - n0 + at(n1) - at(n0);
}
