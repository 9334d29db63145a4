import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNotDefined } from '../drift/not-defined';
import { type Comparison, rateDifference, rateRatio } from './compare';
import { wilsonRate } from './rates';

const defined = (c: ReturnType<typeof rateRatio>): Comparison => {
  if (isNotDefined(c)) throw new Error(c.reason);
  return c;
};

describe('rateDifference (Newcombe method 10)', () => {
  // Newcombe, "Interval estimation for the difference between independent proportions" (Stat.
  // Med. 17, 1998), Table II, method 10, examples (a) and (c).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
  ])('%i/%i − %i/%i has the published interval', (k1, n1, k2, n2, lower, upper) => {
    const d = defined(rateDifference(wilsonRate(k1, n1), wilsonRate(k2, n2)));
    expect(d.value).toBeCloseTo(k1 / n1 - k2 / n2, 10);
    expect(d.lower).toBeCloseTo(lower, 3);
    expect(d.upper).toBeCloseTo(upper, 3);
  });
});

describe('rateRatio (delta method on the log ratio)', () => {
  it('matches a hand-worked example: 20/100 over 40/100', () => {
    // SE = √(1/20 − 1/100 + 1/40 − 1/100) = √0.055 = 0.23452; 0.5 · exp(±1.96 · 0.23452).
    const r = defined(rateRatio(wilsonRate(20, 100), wilsonRate(40, 100)));
    expect(r.value).toBe(0.5);
    expect(r.lower).toBeCloseTo(0.3157, 3);
    expect(r.upper).toBeCloseTo(0.7918, 3);
  });

  it('says the ratio to a reference selected at 0 is not defined', () => {
    const r = rateRatio(wilsonRate(3, 50), wilsonRate(0, 80));
    expect(r).toMatchObject({ notDefined: true });
    expect(isNotDefined(r) && r.reason).toMatch(/reference group has a rate of 0/);
  });

  it('passes on a 0/0 as not defined', () => {
    expect(rateRatio(wilsonRate(0, 0), wilsonRate(4, 10))).toMatchObject({ notDefined: true });
  });

  const counts = fc
    .integer({ min: 1, max: 5000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('identical groups give ratio 1 and difference 0, and every interval holds its estimate', () => {
    fc.assert(
      fc.property(counts, counts, ([k1, n1], [k2, n2]) => {
        const a = wilsonRate(k1, n1);
        const same = rateRatio(a, a);
        if (k1 > 0) expect(defined(same).value).toBe(1);
        expect(defined(rateDifference(a, a)).value).toBe(0);
        const d = defined(rateDifference(a, wilsonRate(k2, n2)));
        expect(d.lower).toBeLessThanOrEqual(d.value);
        expect(d.upper).toBeGreaterThanOrEqual(d.value);
        if (k2 > 0) {
          const r = defined(rateRatio(a, wilsonRate(k2, n2)));
          expect(r.lower).toBeLessThanOrEqual(r.value);
          expect(r.upper).toBeGreaterThanOrEqual(r.value);
        }
      }),
    );
  });
});
