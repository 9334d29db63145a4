import { describe, expect, it } from 'vitest';
import { countFromPage, modelCountText } from './model-count';

describe('model count', () => {
  it('counts what the source counts', () => {
    expect(modelCountText(countFromPage({ total: 30 }, 30))).toBe('30 models');
    expect(modelCountText(countFromPage({ total: 1 }, 1))).toBe('1 model');
    expect(modelCountText(countFromPage({ total: 1483 }, 100), countFromPage({ total: 10_000 }, 100))).toBe(
      '1,483 of 10,000 models',
    );
  });

  it('says "at least" with a + when the source cannot count and has more to read', () => {
    expect(modelCountText(countFromPage({ nextCursor: 'x' }, 10_000))).toBe('10,000+ models');
    expect(modelCountText(countFromPage({}, 12), countFromPage({ nextCursor: 'x' }, 100))).toBe(
      '12 of 100+ models',
    );
    // The last page read: the count is exact even without a total.
    expect(modelCountText(countFromPage({}, 40))).toBe('40 models');
  });
});
