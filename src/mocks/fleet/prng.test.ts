import { describe, expect, it } from 'vitest';
import { createRng, hashString, shuffled } from './prng';

describe('createRng', () => {
  it('gives the same numbers for the same keys, and others for other keys', () => {
    const draw = (seed: number, ...keys: (string | number)[]): number[] => {
      const rng = createRng(seed, ...keys);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(1, 'model', 3)).toEqual(draw(1, 'model', 3));
    expect(draw(1, 'model', 3)).not.toEqual(draw(1, 'model', 4));
    expect(draw(1, 'model', 3)).not.toEqual(draw(2, 'model', 3));
  });

  it('keeps draws in their ranges', () => {
    const rng = createRng(7);
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
      const x = rng.float(-1, 1);
      expect(x >= -1 && x < 1).toBe(true);
    }
    expect(rng.hex(40)).toMatch(/^[0-9a-f]{40}$/);
  });

  it('reaches both ends of an integer range', () => {
    const rng = createRng(11);
    const seen = new Set(Array.from({ length: 200 }, () => rng.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('hashString', () => {
  it('is the 32-bit FNV-1a hash', () => {
    // Reference values of FNV-1a 32: the empty string is the offset basis.
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const output = shuffled(input, createRng(3));
    expect([...output].sort((a, b) => a - b)).toEqual(input);
    expect(output).not.toEqual(input);
    expect(input[0]).toBe(0);
  });
});
