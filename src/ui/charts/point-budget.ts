/** 180 M4 columns of up to four points: about one point per two pixels of a laptop-wide chart. */
export const MAX_POINTS_PER_SERIES = 720;
/**
 * The most points one chart hands Recharts across its series: it allocates several objects a
 * point, and past about 20,000 the collector's pauses are most of the render (100 series × 720
 * points took 400–900 ms in Chromium, most of it in garbage collection). A chart of many series
 * draws each with fewer M4 columns (100 series: 50 columns of four points), which still keeps
 * every column's first, lowest, highest and last point; their overlap hides finer detail anyway.
 */
export const POINT_BUDGET = 20_000;
const MIN_POINTS_PER_SERIES = 64;

/** Points per series within the chart's budget: a multiple of four (whole M4 columns). */
export function pointsPerSeries(seriesCount: number): number {
  const share = Math.floor(POINT_BUDGET / Math.max(1, seriesCount) / 4) * 4;
  return Math.max(MIN_POINTS_PER_SERIES, Math.min(MAX_POINTS_PER_SERIES, share));
}
