import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFloat64InPlace } from './radix-sort';

const engineSorted = (values: Float64Array): Float64Array => Float64Array.from(values).sort();

describe('sortFloat64InPlace', () => {
  it('orders large samples exactly as Float64Array#sort does, negatives, zeros and extremes included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 4096, maxLength: 6000 }),
        (numbers) => {
          const values = Float64Array.from(numbers);
          const expected = engineSorted(values);
          const sorted = sortFloat64InPlace(values);
          expect(sorted).toBe(values);
          expect(Array.from(sorted)).toEqual(Array.from(expected));
          // toEqual treats -0 and 0 alike: the sign bits must match too.
          expect(sorted.every((v, i) => Object.is(v, expected[i]))).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('sorts small samples and a view into a larger buffer without touching the rest', () => {
    expect(Array.from(sortFloat64InPlace(Float64Array.of(3, -1, 2)))).toEqual([-1, 2, 3]);
    const buffer = new Float64Array(5002);
    buffer[0] = 99;
    buffer[5001] = -99;
    const view = new Float64Array(buffer.buffer, 8, 5000);
    for (let i = 0; i < view.length; i += 1) view[i] = ((i * 7919) % 5000) - 2500;
    sortFloat64InPlace(view);
    expect(view[0]).toBe(-2500);
    expect(view[4999]).toBe(2499);
    expect(buffer[0]).toBe(99);
    expect(buffer[5001]).toBe(-99);
  });
});

describe('sortFloat64InPlace with digits every key shares', () => {
  const shuffled = (values: number[]): Float64Array => {
    const out = Float64Array.from(values);
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = (i * 7919) % (i + 1);
      [out[i], out[j]] = [out[j] ?? 0, out[i] ?? 0];
    }
    return out;
  };

  it('sorts whole numbers, whose low word is zero in every key (two passes skipped)', () => {
    const values = shuffled(Array.from({ length: 5000 }, (_, k) => k - 2500));
    expect(Array.from(sortFloat64InPlace(values))).toEqual(Array.from({ length: 5000 }, (_, k) => k - 2500));
  });

  it('sorts values that differ only in bits 16–31, where one pass runs and the keys end in the scratch buffer', () => {
    const expected = Array.from({ length: 5000 }, (_, k) => 1 + k * 2 ** -36);
    const values = shuffled(expected);
    expect(Array.from(sortFloat64InPlace(values))).toEqual(expected);
  });
});
