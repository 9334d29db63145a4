import { describe, expect, it } from 'vitest';

import { hasValue } from './time-point';

describe('hasValue', () => {
  it('is false for null, NaN and missing points only', () => {
    expect(hasValue([0, 1])).toBe(true);
    expect(hasValue([0, 0])).toBe(true);
    expect(hasValue([0, null])).toBe(false);
    expect(hasValue([0, Number.NaN])).toBe(false);
    expect(hasValue(undefined)).toBe(false);
  });
});
