import { describe, expect, it } from 'vitest';

import { emptySide, isNotDefined, notDefined, REASONS } from './not-defined';

describe('NotDefined', () => {
  it('is told apart from numbers and results', () => {
    expect(isNotDefined(notDefined('no rows'))).toBe(true);
    expect(isNotDefined(0)).toBe(false);
    expect(isNotDefined(Number.NaN)).toBe(false);
    expect(isNotDefined({ statistic: 0, pValue: 1 })).toBe(false);
    expect(isNotDefined(null)).toBe(false);
  });

  it('names the empty side, the reference first', () => {
    expect(emptySide(0, 0)).toEqual(notDefined(REASONS.emptyReference));
    expect(emptySide(3, 0)).toEqual(notDefined(REASONS.emptyCurrent));
    expect(emptySide(3, 4)).toBeUndefined();
  });
});
