import fc from 'fast-check';

/** Test helper: a vector of counts with at least one non-zero entry. */
export function countVector(length: number, max = 10_000): fc.Arbitrary<number[]> {
  return fc
    .array(fc.nat({ max }), { minLength: length, maxLength: length })
    .filter((counts) => counts.some((count) => count > 0));
}

/** Test helper: reference and current count vectors over the same 1–30 bins. */
export function countVectorPair(max = 10_000): fc.Arbitrary<[number[], number[]]> {
  return fc
    .integer({ min: 1, max: 30 })
    .chain((length) => fc.tuple(countVector(length, max), countVector(length, max)));
}

/** Test helper: a pair of equal-length vectors and one permutation applied to both. */
export function permutedPair(): fc.Arbitrary<{
  ref: number[];
  cur: number[];
  permutedRef: number[];
  permutedCur: number[];
}> {
  return countVectorPair().chain(([ref, cur]) =>
    fc
      .shuffledSubarray(
        ref.map((_, i) => i),
        { minLength: ref.length, maxLength: ref.length },
      )
      .map((order) => ({
        ref,
        cur,
        permutedRef: order.map((i) => ref[i] ?? 0),
        permutedCur: order.map((i) => cur[i] ?? 0),
      })),
  );
}
