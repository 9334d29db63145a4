import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sortedSample } from './sample';

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
