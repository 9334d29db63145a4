import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainedTotal, topContributions } from './explanation';
import { checkAdditivity, checkContributions, checkMethod } from './problems';

const c = (feature: string, contribution: number) => ({ feature, value: 1, contribution });

describe('topContributions', () => {
  it('keeps the largest by size and sums the rest into other features', () => {
    const { top, other } = topContributions([c('a', 0.01), c('b', -0.3), c('c', 0.2), c('d', 0.02)], 2);
    expect(top.map((x) => x.feature)).toEqual(['b', 'c']);
    expect(other?.count).toBe(2);
    expect(other?.contribution).toBeCloseTo(0.03, 10);
  });

  it('still adds up to the prediction for any k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { maxLength: 30 }),
        fc.nat(40),
        (values, k) => {
          const all = values.map((v, i) => c(`f${i}`, v));
          const { top, other } = topContributions(all, k);
          const full = explainedTotal({ baseValue: 0.3, contributions: all });
          expect(explainedTotal({ baseValue: 0.3, contributions: top, other })).toBeCloseTo(full, 9);
        },
      ),
    );
  });
});

describe('explanation problems', () => {
  it('names an unknown method', () => {
    expect(checkMethod('lime')?.message).toBe(
      'The explainer used the method "lime", which Sightline does not know how to read.',
    );
    expect(checkMethod('shap-tree')).toBeUndefined();
  });

  it('names the features with NaN or missing contributions', () => {
    expect(
      checkContributions([
        { feature: 'a', contribution: Number.NaN },
        { feature: 'b', contribution: null },
        { feature: 'c', contribution: 1 },
      ]),
    ).toMatchObject({
      kind: 'missing-contribution',
      features: ['a', 'b'],
    });
  });

  it('says when contributions do not add up to the prediction', () => {
    expect(checkAdditivity(0.2, [c('a', 0.3)], 0.5)).toBeUndefined();
    expect(checkAdditivity(0.2, [c('a', 0.3)], 0.9)?.message).toBe(
      'The contributions and base value add up to 0.5000, not the prediction 0.9000.',
    );
  });
});
