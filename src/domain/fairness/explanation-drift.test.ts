import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributionNdcg } from './explanation-drift';

const f = (feature: string, importance: number) => ({ feature, importance });

describe('attributionNdcg', () => {
  it('is 1 for the baseline order', () => {
    const baseline = [f('a', 0.5), f('b', 0.3), f('c', 0.1)];
    expect(attributionNdcg(baseline, [f('a', 0.9), f('b', 0.2), f('c', 0.01)])).toBe(1);
  });

  it('matches a hand-worked swap of the top two features', () => {
    // Relevances 3, 2, 1; ideal DCG = 3 + 2/log2(3) + 1/2 = 4.7619; swapped = 2 + 3/log2(3) + 1/2 = 4.3928.
    const baseline = [f('a', 3), f('b', 2), f('c', 1)];
    const value = attributionNdcg(baseline, [f('b', 3), f('a', 2), f('c', 1)]);
    expect(value).toBeCloseTo(4.3928 / 4.7619, 4);
  });

  it('is not defined when the baseline gives nothing any weight', () => {
    expect(attributionNdcg([f('a', 0)], [f('a', 1)])).toMatchObject({ notDefined: true });
  });

  it('rejects a negative or NaN importance', () => {
    expect(() => attributionNdcg([f('a', Number.NaN)], [])).toThrow(RangeError);
  });

  it('stays in [0, 1] for any reordering', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 10, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (base, cur) => {
          const baseline = base.map((v, i) => f(`x${i}`, v));
          const current = base.map((_, i) => f(`x${i}`, cur[i]!));
          const value = attributionNdcg(baseline, current);
          expect(typeof value === 'number' && value >= 0 && value <= 1).toBe(true);
        },
      ),
    );
  });
});
