import type { TimeWindow } from './time-range';

/**
 * Query resolution for time series backends (Prometheus `query_range`).
 *
 * A chart needs about one point per pixel; the backend refuses more than
 * 11,000 points a series; a step finer than the scrape interval only repeats
 * samples. So: step = niceCeil(max(scrape, range / width)), as Grafana does
 * for `$__interval`, then widened if the window would still hold too many points.
 */

/** Steps a person can read on an axis ("every 5 min"), in seconds. */
export const NICE_STEPS_SECONDS = [
  15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
] as const;

/** Prometheus refuses a `query_range` whose result would exceed this many points a series. */
export const MAX_POINTS_PER_SERIES = 11_000;

/**
 * What a chart asks for at most: about one point a pixel of a wide chart. 7 days
 * on a 1,024-px chart → 600 s, 1,009 points (the browser then downsamples).
 */
export const TARGET_POINTS_PER_SERIES = 1_100;

const DAY_SECONDS = 86_400;

export interface StepInput {
  rangeMs: number;
  widthPx: number;
  scrapeIntervalSeconds: number;
}

/** The smallest nice step ≥ `seconds`; beyond a day, whole days. */
export function niceCeil(seconds: number): number {
  const wanted = Math.max(seconds, Number.MIN_VALUE);
  const nice = NICE_STEPS_SECONDS.find((step) => step >= wanted);
  return nice ?? Math.ceil(wanted / DAY_SECONDS) * DAY_SECONDS;
}

/** Points a window aligned to `stepSeconds` holds, both ends included. */
export function pointCount(window: TimeWindow, stepSeconds: number): number {
  const aligned = alignWindow(window, stepSeconds);
  return Math.round((aligned.to - aligned.from) / (stepSeconds * 1000)) + 1;
}

/** Step in seconds for a chart `widthPx` wide showing `rangeMs`. */
export function chooseStep({ rangeMs, widthPx, scrapeIntervalSeconds }: StepInput): number {
  const rangeSeconds = Math.max(rangeMs, 0) / 1000;
  const width = Math.min(Math.max(Math.floor(widthPx) || 1, 1), TARGET_POINTS_PER_SERIES);
  const scrape = scrapeIntervalSeconds > 0 ? scrapeIntervalSeconds : 1;
  return niceCeil(Math.max(scrape, rangeSeconds / width));
}

/**
 * The caller's step, widened to the next nice step while the window would hold
 * more than Prometheus's 11,000 points (it would refuse the query).
 */
export function limitStep(window: TimeWindow, stepSeconds: number): number {
  // Alignment adds at most one step; start from the bound, then confirm.
  const rangeSeconds = Math.max(window.to - window.from, 0) / 1000;
  let step = niceCeil(Math.max(stepSeconds, 1, rangeSeconds / (MAX_POINTS_PER_SERIES - 3)));
  while (pointCount(window, step) > MAX_POINTS_PER_SERIES) step = niceCeil(step + 1);
  return step;
}

/**
 * The window moved to whole steps, both ends rounded down (Grafana's `alignRange`),
 * so evaluation times are multiples of the step: stable across refreshes and
 * caches, and never in the future, where Prometheus would repeat the last
 * sample for five minutes.
 */
export function alignWindow(window: TimeWindow, stepSeconds: number): TimeWindow {
  const stepMs = stepSeconds * 1000;
  const from = Math.floor(window.from / stepMs) * stepMs;
  const to = Math.max(Math.floor(window.to / stepMs) * stepMs, from);
  return { from, to };
}

/** Seconds of a `rate()` window: Grafana's `$__rate_interval`, max(step + scrape, 4 × scrape). */
export function rateWindowSeconds(stepSeconds: number, scrapeIntervalSeconds: number): number {
  return Math.ceil(Math.max(stepSeconds + scrapeIntervalSeconds, 4 * scrapeIntervalSeconds));
}

/** The same as a PromQL duration: `"75s"`. */
export function rateWindow(stepSeconds: number, scrapeIntervalSeconds: number): string {
  return `${rateWindowSeconds(stepSeconds, scrapeIntervalSeconds)}s`;
}
