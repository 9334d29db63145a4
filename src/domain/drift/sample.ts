/**
 * A numeric sample sorted ascending, copied into a Float64Array (whose default sort is
 * numeric and much faster than Array#sort with a comparator). Non-finite values are
 * rejected: a NaN would make every ECDF comparison false and silently corrupt the score.
 */
export function sortedSample(values: readonly number[], label: string): Float64Array {
  if (values.length === 0) throw new RangeError(`${label}: sample is empty`);
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? Number.NaN;
    if (!Number.isFinite(value)) throw new RangeError(`${label}: sample values must be finite, got ${value}`);
    sorted[i] = value;
  }
  return sorted.sort();
}
