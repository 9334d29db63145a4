import { emptySide, type NotDefined } from './not-defined';

/**
 * Validation and normalisation of count vectors (histogram bins, category counts).
 * Domain functions throw RangeError on malformed input rather than return NaN, so a bad
 * profile surfaces as an error with a name instead of a silently wrong drift score. An empty
 * side is not malformed: statistics return NotDefined for it (see not-defined.ts).
 */

/** Sum of `counts`, after checking every entry is a finite number ≥ 0. */
export function totalCount(counts: readonly number[], label: string): number {
  let total = 0;
  for (const count of counts) {
    if (!Number.isFinite(count) || count < 0) {
      throw new RangeError(`${label}: counts must be finite and ≥ 0, got ${count}`);
    }
    total += count;
  }
  return total;
}

/** Counts divided by their total; throws when the total is zero (callers check emptySide first). */
export function toProportions(counts: readonly number[], label: string): number[] {
  const total = totalCount(counts, label);
  if (total <= 0) throw new RangeError(`${label}: counts sum to zero`);
  return counts.map((count) => count / total);
}

/**
 * Both sides as proportions after validating them, or NotDefined when a side is empty: there is
 * no distribution to compare.
 */
export function proportionPair(
  refCounts: readonly number[],
  curCounts: readonly number[],
  label: string,
): readonly [number[], number[]] | NotDefined {
  assertSameLength(refCounts, curCounts, label);
  const empty = emptySide(
    totalCount(refCounts, `${label} reference`),
    totalCount(curCounts, `${label} current`),
  );
  if (empty) return empty;
  return [toProportions(refCounts, `${label} reference`), toProportions(curCounts, `${label} current`)];
}

/** Throws unless two vectors describe the same bins or categories. */
export function assertSameLength(a: readonly number[], b: readonly number[], label: string): void {
  if (a.length !== b.length) {
    throw new RangeError(`${label}: reference has ${a.length} bins but current has ${b.length}`);
  }
  if (a.length === 0) throw new RangeError(`${label}: no bins`);
}
