import { normalCdf } from './normal';
import type { FeatureSpec, NumericSpec } from './feature-specs';

/**
 * How a feature's live distribution differs from its spec. Numeric: the mean moves by
 * `meanShift` standard deviations and the spread scales by `sdScale`. Categorical: a share
 * `mix` of rows follows `toward` instead (which may hold categories the spec never had).
 */
export type Shift =
  | { kind: 'numeric'; meanShift: number; sdScale: number }
  | { kind: 'categorical'; mix: number; toward: Readonly<Record<string, number>> };

/** When a shift applies: always, from a moment on, or growing linearly over a span. */
export type ShiftSchedule =
  | { kind: 'constant'; shift: Shift }
  | { kind: 'step'; at: number; after: Shift }
  | { kind: 'ramp'; from: number; to: number; full: Shift };

export const NO_NUMERIC_SHIFT: Shift = { kind: 'numeric', meanShift: 0, sdScale: 1 };
export const NO_CATEGORICAL_SHIFT: Shift = { kind: 'categorical', mix: 0, toward: {} };

export function noShift(spec: FeatureSpec): Shift {
  return spec.kind === 'numeric' ? NO_NUMERIC_SHIFT : NO_CATEGORICAL_SHIFT;
}

/** The shift scaled by `amount` ∈ [0, 1]: part of the way from no change to the full change. */
export function scaleShift(shift: Shift, amount: number): Shift {
  if (shift.kind === 'numeric') {
    return {
      kind: 'numeric',
      meanShift: shift.meanShift * amount,
      sdScale: 1 + (shift.sdScale - 1) * amount,
    };
  }
  return { kind: 'categorical', mix: shift.mix * amount, toward: shift.toward };
}

/** The schedule's shift at time `t`, for a feature of `spec`. */
export function shiftAt(schedule: ShiftSchedule, spec: FeatureSpec, t: number): Shift {
  switch (schedule.kind) {
    case 'constant':
      return schedule.shift;
    case 'step':
      return t >= schedule.at ? schedule.after : noShift(spec);
    case 'ramp': {
      const amount = Math.min(1, Math.max(0, (t - schedule.from) / (schedule.to - schedule.from)));
      return amount === 0 ? noShift(spec) : scaleShift(schedule.full, amount);
    }
  }
}

/** Categories a feature can show: the spec's, then any a shift brings. */
export function categoriesOf(spec: FeatureSpec, schedule: ShiftSchedule): string[] {
  if (spec.kind === 'numeric') return [];
  const extra = (s: Shift): string[] => (s.kind === 'categorical' ? Object.keys(s.toward) : []);
  const shift =
    schedule.kind === 'constant' ? schedule.shift : schedule.kind === 'step' ? schedule.after : schedule.full;
  return [...new Set([...Object.keys(spec.weights), ...extra(shift)])];
}

function numericProportions(spec: NumericSpec, shift: Shift): number[] {
  const meanShift = shift.kind === 'numeric' ? shift.meanShift : 0;
  const sdScale = shift.kind === 'numeric' ? shift.sdScale : 1;
  const mean = spec.mean + meanShift * spec.sd;
  const sd = spec.sd * sdScale;
  const { edges } = spec;
  const out: number[] = [];
  let below = 0;
  for (let i = 1; i < edges.length; i += 1) {
    // The outer bins take the tails, as the contract says.
    const upTo = i === edges.length - 1 ? 1 : normalCdf(((edges[i] ?? 0) - mean) / sd);
    out.push(upTo - below);
    below = upTo;
  }
  return out;
}

const unshifted = new WeakMap<FeatureSpec, number[]>();

/** Proportions per bin (numeric) or per category of `categories` (categorical), summing to 1. */
export function proportions(spec: FeatureSpec, shift: Shift, categories: readonly string[]): number[] {
  if (spec.kind === 'numeric') {
    // The reference of most models is the spec itself: computed once per spec.
    if (shift !== NO_NUMERIC_SHIFT) return numericProportions(spec, shift);
    let cached = unshifted.get(spec);
    if (!cached) {
      cached = numericProportions(spec, shift);
      unshifted.set(spec, cached);
    }
    return cached;
  }
  const weightTotal = Object.values(spec.weights).reduce((a, b) => a + b, 0);
  const mix = shift.kind === 'categorical' ? shift.mix : 0;
  const toward = shift.kind === 'categorical' ? shift.toward : {};
  const towardTotal = Object.values(toward).reduce((a, b) => a + b, 0) || 1;
  return categories.map(
    (c) => (1 - mix) * ((spec.weights[c] ?? 0) / weightTotal) + mix * ((toward[c] ?? 0) / towardTotal),
  );
}
