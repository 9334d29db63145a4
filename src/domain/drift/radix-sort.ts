/** Below this many values the engine's own sort is as fast, and radix's 256 kB of counts is waste. */
const RADIX_FROM = 4096;
const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;

/**
 * Sorts finite doubles ascending, in place, in the order `Float64Array#sort` gives (-0 before 0).
 * Large samples use an LSD radix sort on the IEEE-754 bits: four counting passes instead of a
 * comparison sort's n·log n, about 2.5× faster at 100,000 rows, which is what drift over raw rows
 * spends most of its time on. The bits are made to order like the numbers (negative: all bits
 * flipped; positive: the sign bit set), sorted as unsigned 64-bit keys, and turned back.
 */
export function sortFloat64InPlace(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < RADIX_FROM) return values.sort();
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  // Little-endian words: [2i] is the low half of value i, [2i + 1] the high half with the sign.
  for (let i = 0; i < n; i += 1) {
    const high = words[2 * i + 1] ?? 0;
    if (high & 0x80000000) {
      words[2 * i + 1] = ~high >>> 0;
      words[2 * i] = ~(words[2 * i] ?? 0) >>> 0;
    } else {
      words[2 * i + 1] = (high | 0x80000000) >>> 0;
    }
  }
  let from: Uint32Array = words;
  let to: Uint32Array = new Uint32Array(n * 2);
  const counts = new Uint32Array(DIGITS);
  for (let pass = 0; pass < 4; pass += 1) {
    const word = pass >> 1;
    const shift = (pass & 1) * DIGIT_BITS;
    counts.fill(0);
    for (let i = 0; i < n; i += 1) {
      const digit = ((from[2 * i + word] ?? 0) >>> shift) & (DIGITS - 1);
      counts[digit] = (counts[digit] ?? 0) + 1;
    }
    let start = 0;
    for (let d = 0; d < DIGITS; d += 1) {
      const count = counts[d] ?? 0;
      counts[d] = start;
      start += count;
    }
    for (let i = 0; i < n; i += 1) {
      const digit = ((from[2 * i + word] ?? 0) >>> shift) & (DIGITS - 1);
      const at = counts[digit] ?? 0;
      counts[digit] = at + 1;
      to[2 * at] = from[2 * i] ?? 0;
      to[2 * at + 1] = from[2 * i + 1] ?? 0;
    }
    [from, to] = [to, from];
  }
  // Four passes: the sorted keys are back in `words`, the caller's buffer.
  for (let i = 0; i < n; i += 1) {
    const high = words[2 * i + 1] ?? 0;
    if (high & 0x80000000) {
      words[2 * i + 1] = (high & 0x7fffffff) >>> 0;
    } else {
      words[2 * i + 1] = ~high >>> 0;
      words[2 * i] = ~(words[2 * i] ?? 0) >>> 0;
    }
  }
  return values;
}
