import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNotDefined } from '../drift/not-defined';
import { confusionRates, type Rate, wilsonRate } from './rates';

const rate = (k: number, n: number): Rate => {
  const r = wilsonRate(k, n);
  if (isNotDefined(r)) throw new Error(r.reason);
  return r;
};

describe('wilsonRate', () => {
  // Newcombe, "Two-sided confidence intervals for the single proportion" (Stat. Med. 17, 1998),
  // Table I, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i has the published interval', (k, n, lower, upper) => {
    const r = rate(k, n);
    expect(r.lower).toBeCloseTo(lower, 4);
    expect(r.upper).toBeCloseTo(upper, 4);
    expect(r.value).toBe(k / n);
  });

  it('says a rate of 0/0 is not defined instead of NaN', () => {
    expect(wilsonRate(0, 0)).toEqual({ notDefined: true, reason: 'the group has no decisions (0/0)' });
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonRate(5, 3)).toThrow(RangeError);
    expect(() => wilsonRate(-1, 3)).toThrow(RangeError);
  });

  it('always holds the estimate, inside [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const r = rate(Math.round(share * n), n);
          expect(r.lower).toBeGreaterThanOrEqual(0);
          expect(r.upper).toBeLessThanOrEqual(1);
          expect(r.lower).toBeLessThanOrEqual(r.value);
          expect(r.upper).toBeGreaterThanOrEqual(r.value);
        },
      ),
    );
  });
});

describe('confusionRates', () => {
  it('reads selection rate, TPR, FPR and precision from the counts', () => {
    const rates = confusionRates({ tp: 40, fp: 10, fn: 20, tn: 30 });
    expect(rates.selectionRate).toMatchObject({ value: 0.5, successes: 50, trials: 100 });
    expect(rates.tpr).toMatchObject({ value: 40 / 60 });
    expect(rates.fpr).toMatchObject({ value: 10 / 40 });
    expect(rates.precision).toMatchObject({ value: 0.8 });
  });

  it('names the rates a group cannot have', () => {
    const rates = confusionRates({ tp: 0, fp: 0, fn: 0, tn: 12 });
    expect(rates.tpr).toMatchObject({ notDefined: true, reason: 'the group has no actual positives' });
    expect(rates.precision).toMatchObject({ notDefined: true, reason: 'the group had nobody selected' });
    expect(rates.fpr).toMatchObject({ value: 0 });
  });
});
