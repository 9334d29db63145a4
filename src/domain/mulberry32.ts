/**
 * Mulberry32: a 32-bit state PRNG with a full period and good equidistribution for its size.
 * Seeded, so the demo's data and the benchmark's rows are the same on every run and machine.
 */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
