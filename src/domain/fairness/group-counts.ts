import type { ConfusionCounts } from './rates';

/** One group's decisions over a window: selection counts always, confusion counts once labels arrive. */
export interface GroupCounts {
  readonly group: string;
  /** Decisions about members of the group in the window. */
  readonly size: number;
  /** Favourable decisions (approved, not flagged). */
  readonly selected: number;
  readonly confusion?: ConfusionCounts;
}

/** A protected attribute's groups, and the reference (privileged) group when the backend names one. */
export interface AttributeCounts {
  readonly attribute: string;
  readonly reference?: string;
  readonly groups: readonly GroupCounts[];
}

export interface FairnessOptions {
  /** Groups with fewer decisions are "too few to judge": never passed or failed. */
  readonly minGroupSize: number;
  /** The four-fifths rule's band for the ratio to the reference group. */
  readonly band: readonly [number, number];
  /** The largest difference of rates (parity, opportunity, odds) still called fair. */
  readonly maxDifference: number;
}

/**
 * The four-fifths rule's band 0.8–1.25 (US EEOC Uniform Guidelines, 29 CFR § 1607.4(D), read both
 * ways as Aequitas does); 30 decisions as the smallest group worth judging; 0.1 as the largest
 * difference of rates, the threshold Aequitas and most fairness audits start from.
 */
export const DEFAULT_FAIRNESS_OPTIONS: FairnessOptions = {
  minGroupSize: 30,
  band: [0.8, 1.25],
  maxDifference: 0.1,
};
