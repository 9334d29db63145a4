import { expect } from 'vitest';

/**
 * Test helper: asserts |actual − expected| ≤ max(relative·|expected|, absolute).
 * `toBeCloseTo` only knows absolute decimal places, which says nothing about tiny p-values.
 */
export function expectClose(actual: number, expected: number, relative = 1e-12, absolute = 0): void {
  const tolerance = Math.max(relative * Math.abs(expected), absolute);
  expect(Math.abs(actual - expected), `${actual} vs expected ${expected}`).toBeLessThanOrEqual(tolerance);
}
