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
