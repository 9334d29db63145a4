import { mulberry32 } from '../../domain/mulberry32';
/**
 * Seeded randomness for the demo fleet. Every piece of the fleet draws from its
 * own stream, keyed by what it is (`seed, 'model', 17`), so a model's versions
 * do not change when another model is generated first, and nothing has to be
 * generated in order.
 */

/** FNV-1a (32-bit) over UTF-16 code units: small, fast and good enough to key streams. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Lower-case hex digits, `length` of them. */
  hex(length: number): string;
}

/** A stream keyed by the seed and any labels: same keys, same numbers. */
export function createRng(seed: number, ...keys: (string | number)[]): Rng {
  const next = mulberry32(hashString(`${seed}|${keys.join('|')}`));
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    hex(length) {
      let out = '';
      while (out.length < length) out += Math.floor(next() * 16).toString(16);
      return out;
    },
  };
}

/** A seeded Fisher–Yates shuffle (a copy; the input is left alone). */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
