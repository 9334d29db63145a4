import { describe, expect, it } from 'vitest';

import { alignCategories } from './align-categories';

describe('alignCategories', () => {
  it('takes the union, reference order first, and drops categories empty on both sides', () => {
    expect(alignCategories({ a: 3, b: 0, c: 1 }, { c: 2, d: 5, b: 0 })).toEqual({
      categories: ['a', 'c', 'd'],
      refCounts: [3, 1, 0],
      curCounts: [0, 2, 5],
    });
  });

  it('does not read inherited properties as categories', () => {
    expect(alignCategories({ toString: 2 }, { constructor: 1 })).toEqual({
      categories: ['toString', 'constructor'],
      refCounts: [2, 0],
      curCounts: [0, 1],
    });
  });

  it('rejects negative counts', () => {
    expect(() => alignCategories({ a: -1 }, { a: 1 })).toThrow(RangeError);
  });
});
