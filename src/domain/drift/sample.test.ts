import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sortedSample, sortSampleInPlace } from './sample';

describe('sortedSample', () => {
  it('returns a sorted copy and leaves the input alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }),
        (values) => {
          const before = [...values];
          const sorted = sortedSample(values, 's');
          // `+ 0` turns −0 into +0: both sorts are right, they just order the two zeros differently.
          expect([...sorted].map((v) => v + 0)).toEqual([...values].sort((a, b) => a - b).map((v) => v + 0));
          expect(values).toEqual(before);
        },
      ),
    );
  });

  it('rejects empty samples and non-finite values', () => {
    expect(() => sortedSample([], 's')).toThrow(/empty/);
    expect(() => sortedSample([1, Number.NaN], 's')).toThrow(RangeError);
    expect(() => sortedSample([Infinity], 's')).toThrow(RangeError);
  });
});

describe('sortSampleInPlace', () => {
  it('sorts the caller’s array itself rather than a copy', () => {
    const rows = Float64Array.from([3, -1, 2]);
    expect(sortSampleInPlace(rows, 's')).toBe(rows);
    expect([...rows]).toEqual([-1, 2, 3]);
  });

  it('rejects empty samples and non-finite values with the label', () => {
    expect(() => sortSampleInPlace(new Float64Array(0), 'income')).toThrow(/income: sample is empty/);
    expect(() => sortSampleInPlace(Float64Array.from([1, -Infinity]), 'income')).toThrow(/income/);
  });
});
