import { describe, expect, it } from 'vitest';

import { assertEdges, assertHistogram } from './histogram';

describe('histogram validation', () => {
  it('accepts n + 1 finite, strictly increasing edges for n bins', () => {
    expect(() => assertHistogram([0, 1, 2.5], [1, 2], [3, 4], 'h')).not.toThrow();
  });

  it('rejects a wrong edge count, repeated, decreasing or infinite edges', () => {
    expect(() => assertEdges([0, 1], 2, 'h')).toThrow(/2 bins need 3 edges/);
    expect(() => assertEdges([0, 1, 1], 2, 'h')).toThrow(RangeError);
    expect(() => assertEdges([0, 2, 1], 2, 'h')).toThrow(RangeError);
    expect(() => assertEdges([-Infinity, 0, 1], 2, 'h')).toThrow(RangeError);
    expect(() => assertHistogram([0, 1, 2], [1, 2], [1], 'h')).toThrow(RangeError);
  });
});
