import { describe, expect, it } from 'vitest';

import { newCategories } from './new-categories';

describe('newCategories', () => {
  it('names the categories absent from the reference, largest share of current first', () => {
    expect(
      newCategories({
        kind: 'categorical',
        refCategories: { card: 700, paypal: 300, gift_card: 0 },
        curCategories: { card: 500, paypal: 220, bnpl: 180, gift_card: 50, crypto: 50 },
      }),
    ).toEqual([
      { category: 'bnpl', currentShare: 0.18 },
      { category: 'crypto', currentShare: 0.05 },
      { category: 'gift_card', currentShare: 0.05 },
    ]);
  });

  it('finds none in numeric profiles or an empty window', () => {
    expect(newCategories({ kind: 'numeric', edges: [0, 1], refCounts: [1], curCounts: [1] })).toEqual([]);
    expect(newCategories({ kind: 'categorical', refCategories: { a: 1 }, curCategories: { b: 0 } })).toEqual(
      [],
    );
  });
});
