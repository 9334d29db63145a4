/**
 * The outcome of a statistic that cannot be computed from its input: an empty window, a single
 * category (a test with 0 degrees of freedom), a 0/0. It is neither a number nor an error: the
 * input is well formed, the statistic simply has no value, and the UI shows "n/a" with `reason`.
 * Reading such a case as 0 ("no drift") or p = 1 would tell the user something false.
 *
 * Malformed input (negative counts, mismatched bins, NaN) still throws RangeError: that is a
 * bug in the data, not a property of it.
 */
export interface NotDefined {
  readonly notDefined: true;
  /** A short sentence fragment a user can read: "the current window has no rows". */
  readonly reason: string;
}

export function notDefined(reason: string): NotDefined {
  return { notDefined: true, reason };
}

export function isNotDefined(value: unknown): value is NotDefined {
  return typeof value === 'object' && value !== null && 'notDefined' in value && value.notDefined === true;
}

/** The reasons shared by every statistic, worded once. */
export const REASONS = {
  emptyReference: 'the reference has no rows',
  emptyCurrent: 'the current window has no rows',
} as const;

/** NotDefined when either side is empty, else undefined: the first check of every two-sample statistic. */
export function emptySide(referenceTotal: number, currentTotal: number): NotDefined | undefined {
  if (!(referenceTotal > 0)) return notDefined(REASONS.emptyReference);
  if (!(currentTotal > 0)) return notDefined(REASONS.emptyCurrent);
  return undefined;
}
