import { createRng } from '../fleet/prng';
import { HOUR } from '../fleet/time';
import { gaussian } from './normal';
import type { FeaturePlan } from './monitoring-plan';
import { categoriesOf, proportions, shiftAt, type Shift } from './shift';
import { cycleSum, liveHours, rowsInHour } from './traffic';

/** Sampling noise as a share of Poisson's: live data wiggles, a stable feature still reads stable. */
const NOISE = 0.5;

/** The bins a feature is counted on: its categories in a fixed order, or one slot per numeric bin. */
export function axisOf(feature: FeaturePlan): string[] {
  return feature.spec.kind === 'numeric' ? [] : categoriesOf(feature.spec, feature.schedule);
}

function binCount(feature: FeaturePlan, axis: readonly string[]): number {
  return feature.spec.kind === 'numeric' ? feature.spec.edges.length - 1 : axis.length;
}

/** Proportions of the feature's distribution at time `t`, on `axis`. */
export function proportionsAt(feature: FeaturePlan, axis: readonly string[], t: number): number[] {
  return proportions(feature.spec, shiftAt(feature.schedule, feature.spec, t), axis);
}

/** Counts of a reference sample of `rows` rows drawn when the distribution was as at `t`. */
export function referenceCounts(
  feature: FeaturePlan,
  axis: readonly string[],
  t: number,
  rows: number,
): number[] {
  return proportionsAt(feature, axis, t).map((p) => Math.round(p * rows));
}

export interface LiveContext {
  seed: number;
  model: string;
  rowsPerHour: number;
  now: number;
}

/**
 * Live counts for each hour of `hours`, each with its own seeded noise keyed by the hour, so a
 * bucket and the whole window always agree whatever the step. Every feature of an hour counts
 * the same rows (noisy shares, rounded by largest remainder to the hour's total).
 */
export function hourlyCounts(
  feature: FeaturePlan,
  axis: readonly string[],
  hours: readonly number[],
  context: LiveContext,
): number[][] {
  const cache = new Map<Shift, number[]>();
  return hours.map((h) => {
    const shift = shiftAt(feature.schedule, feature.spec, h + HOUR / 2);
    let p = cache.get(shift);
    if (!p) {
      p = proportions(feature.spec, shift, axis);
      cache.set(shift, p);
    }
    const rows = Math.round(rowsInHour(context.rowsPerHour, h));
    const rng = createRng(context.seed, 'live', context.model, feature.spec.name, h);
    const noisy = p.map((share) => {
      const expected = share * rows;
      return Math.max(0, expected + NOISE * Math.sqrt(expected) * gaussian(rng));
    });
    return roundToTotal(noisy, rows);
  });
}

/** Integers proportional to `weights` that sum to exactly `total` (largest remainder). */
export function roundToTotal(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * total) / sum);
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    missing -= 1;
  }
  return counts;
}

export function sumRows(rows: readonly number[][], bins: number): number[] {
  const total = new Array<number>(bins).fill(0);
  for (const row of rows) for (let i = 0; i < bins; i += 1) total[i] = (total[i] ?? 0) + (row[i] ?? 0);
  return total;
}

/** A feature's live counts per bin over the window [from, to). */
type WindowCounter = (
  feature: FeaturePlan,
  axis: readonly string[],
  from: number,
  to: number,
  context: LiveContext,
) => number[];

/** Live counts over a window (hourly noise included). */
export const windowCounts: WindowCounter = (feature, axis, from, to, context) =>
  sumRows(hourlyCounts(feature, axis, liveHours(from, to, context.now), context), binCount(feature, axis));

/**
 * Expected live counts over a window without noise, in closed form for constant and step
 * schedules: cheap enough to score a 10,000-model fleet for its drift column and ranking.
 */
export const expectedWindowCounts: WindowCounter = (feature, axis, from, to, context) => {
  const { schedule, spec } = feature;
  const rows = (a: number, b: number): number => context.rowsPerHour * cycleSum(a, b, context.now);
  const scaled = (shift: Shift, n: number): number[] => proportions(spec, shift, axis).map((p) => p * n);
  if (schedule.kind === 'constant') return scaled(schedule.shift, rows(from, to));
  if (schedule.kind === 'step') {
    const before = scaled(shiftAt(schedule, spec, schedule.at - 1), rows(from, Math.min(to, schedule.at)));
    const after = scaled(schedule.after, rows(Math.max(from, schedule.at), to));
    return before.map((value, i) => value + (after[i] ?? 0));
  }
  const total = new Array<number>(binCount(feature, axis)).fill(0);
  for (const h of liveHours(from, to, context.now)) {
    const n = rowsInHour(context.rowsPerHour, h);
    proportionsAt(feature, axis, h + HOUR / 2).forEach((p, i) => (total[i] = (total[i] ?? 0) + p * n));
  }
  return total;
};
