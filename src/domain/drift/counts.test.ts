import { describe, expect, it } from 'vitest';

import { assertSameLength, toProportions, totalCount } from './counts';

describe('counts', () => {
  it('sums valid counts and normalises them', () => {
    expect(totalCount([1, 2, 3.5], 'x')).toBe(6.5);
    expect(toProportions([1, 3], 'x')).toEqual([0.25, 0.75]);
  });

  it('rejects negative, non-finite and all-zero counts', () => {
    expect(() => totalCount([1, -1], 'x')).toThrow(RangeError);
    expect(() => totalCount([1, Number.NaN], 'x')).toThrow(RangeError);
    expect(() => totalCount([Infinity], 'x')).toThrow(RangeError);
    expect(() => toProportions([0, 0], 'x')).toThrow(/sum to zero/);
  });

  it('checks both sides have the same, non-zero number of bins', () => {
    expect(() => assertSameLength([1], [1, 2], 'psi')).toThrow(/psi/);
    expect(() => assertSameLength([], [], 'psi')).toThrow(RangeError);
    expect(() => assertSameLength([1], [2], 'psi')).not.toThrow();
  });
});
