/**
 * Which gaps to keep when not all fit: the ordinals of the `keep` widest by time span (ties:
 * earliest first), ascending. Finds the cut-off span by selection in O(G) rather than sorting,
 * because a flaky series can have hundreds of thousands of gaps.
 */
export function longestGaps(spans: readonly number[], keep: number): Int32Array {
  const count = spans.length;
  const take = Math.max(0, Math.min(keep, count));
  const kept = new Int32Array(take);
  if (take === 0) return kept;
  const cutoff = kthSmallest(Float64Array.from(spans), count - take);
  let tiesAllowed = take;
  for (const span of spans) if (span > cutoff) tiesAllowed -= 1;
  let written = 0;
  for (let g = 0; g < count && written < take; g += 1) {
    const span = spans[g] ?? 0;
    if (span < cutoff) continue;
    if (span === cutoff) {
      if (tiesAllowed === 0) continue;
      tiesAllowed -= 1;
    }
    kept[written] = g;
    written += 1;
  }
  return kept;
}

/**
 * The k-th smallest value (0-based), by Hoare's quickselect (Hoare 1961, "Algorithm 65: Find")
 * with a median-of-three pivot; reorders `values` in place. Equal values are swapped across the
 * pivot, so runs of identical spans still split evenly.
 */
export function kthSmallest(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const pivot = medianOfThree(values[left] ?? 0, values[(left + right) >>> 1] ?? 0, values[right] ?? 0);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i += 1;
      while ((values[j] ?? 0) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] ?? Number.NaN;
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
