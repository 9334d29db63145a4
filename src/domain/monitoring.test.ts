import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDrifted, type DriftDirection } from './drift/drift-method';
import { driftExcess, driftStatusOf } from './monitoring';

describe('driftStatusOf', () => {
  it('names dataset drift critical, some drift warning, none healthy, nothing scored unknown', () => {
    expect(driftStatusOf({ featureCount: 4, driftedCount: 2, drifted: true })).toBe('critical');
    expect(driftStatusOf({ featureCount: 5, driftedCount: 1, drifted: false })).toBe('warning');
    expect(driftStatusOf({ featureCount: 5, driftedCount: 0, drifted: false })).toBe('healthy');
    expect(driftStatusOf({ featureCount: 0, driftedCount: 0, drifted: false })).toBe('unknown');
  });
});

describe('driftExcess', () => {
  const directions: DriftDirection[] = ['score-above', 'p-value-below'];

  it('is 1 at the threshold, and past 1 exactly when the score drifts', () => {
    expect(driftExcess(0.1, 0.1, 'score-above')).toBe(1);
    expect(driftExcess(0.05, 0.05, 'p-value-below')).toBeCloseTo(1, 12);
    expect(driftExcess(0.0025, 0.05, 'p-value-below')).toBeCloseTo(2, 12);
    expect(driftExcess(0, 0.05, 'p-value-below')).toBe(Infinity);
    expect(driftExcess(1, 0.05, 'p-value-below')).toBe(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...directions),
        fc.double({ min: 1e-6, max: 1, noNaN: true, maxExcluded: true }),
        fc.double({ min: 1e-3, max: 0.5, noNaN: true }),
        (direction, score, threshold) => {
          const excess = driftExcess(score, threshold, direction);
          const drifted = isDrifted(score, { threshold, direction });
          // At exactly the threshold a distance drifts (≥) and a p-value does not (<); both give 1.
          if (excess !== 1) expect(excess > 1).toBe(drifted);
          expect(excess).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('orders scores by severity: a larger distance or a smaller p-value is worse', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 0.999, noNaN: true }),
        fc.double({ min: 1e-9, max: 0.999, noNaN: true }),
        (a, b) => {
          fc.pre(a < b);
          expect(driftExcess(a, 0.05, 'p-value-below')).toBeGreaterThanOrEqual(
            driftExcess(b, 0.05, 'p-value-below'),
          );
          expect(driftExcess(b, 0.1, 'score-above')).toBeGreaterThanOrEqual(
            driftExcess(a, 0.1, 'score-above'),
          );
        },
      ),
    );
  });
});
