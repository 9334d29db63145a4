import { notDefined, type NotDefined } from '../drift/not-defined';

/** z for a two-sided 95 % interval: the default of every interval here. */
export const Z_95 = 1.959963984540054;

/** A proportion k/n with its interval. */
export interface Rate {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
  readonly successes: number;
  readonly trials: number;
}

export type RateOrNot = Rate | NotDefined;

function checkCounts(successes: number, trials: number): void {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < successes)
    throw new RangeError(
      `Counts must be whole numbers with 0 ≤ successes ≤ trials (got ${successes}/${trials})`,
    );
}

/**
 * The Wilson score interval for a binomial proportion (E. B. Wilson, "Probable inference, the law
 * of succession, and statistical inference", JASA 22, 1927; recommended over the Wald interval by
 * Brown, Cai & DasGupta, "Interval estimation for a binomial proportion", Stat. Sci. 16, 2001):
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half = z / (1 + z²/n) · √(p̂(1−p̂)/n + z²/4n²).
 *
 * It stays inside [0, 1] and is sensible at 0/n and n/n, where the Wald interval collapses.
 * 0/0 has no rate: it is NotDefined, never NaN.
 */
export function wilsonRate(successes: number, trials: number, z = Z_95): RateOrNot {
  checkCounts(successes, trials);
  if (trials === 0) return notDefined('the group has no decisions (0/0)');
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // Rounding can put the bound a hair past the estimate at 0/n and n/n; the interval holds it.
  return {
    value: p,
    lower: Math.max(0, Math.min(p, centre - half)),
    upper: Math.min(1, Math.max(p, centre + half)),
    successes,
    trials,
  };
}

/** Confusion counts of one group: positive = the favourable decision (approve) or the flagged class. */
export interface ConfusionCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/**
 * Rates from confusion counts, as defined by Fawcett, "An introduction to ROC analysis" (Pattern
 * Recognition Letters 27, 2006): selection rate (TP+FP)/N, true-positive rate TP/(TP+FN),
 * false-positive rate FP/(FP+TN), precision TP/(TP+FP). Each with its Wilson interval.
 */
export interface ConfusionRates {
  readonly selectionRate: RateOrNot;
  readonly tpr: RateOrNot;
  readonly fpr: RateOrNot;
  readonly precision: RateOrNot;
}

export function confusionRates({ tp, fp, fn, tn }: ConfusionCounts, z = Z_95): ConfusionRates {
  const total = tp + fp + fn + tn;
  const positives = tp + fn;
  const negatives = fp + tn;
  const selected = tp + fp;
  return {
    selectionRate: wilsonRate(selected, total, z),
    tpr: positives === 0 ? notDefined('the group has no actual positives') : wilsonRate(tp, positives, z),
    fpr: negatives === 0 ? notDefined('the group has no actual negatives') : wilsonRate(fp, negatives, z),
    precision: selected === 0 ? notDefined('the group had nobody selected') : wilsonRate(tp, selected, z),
  };
}
