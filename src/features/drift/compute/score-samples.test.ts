import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ksFromSamples } from '../../../domain/drift/ks';
import { isNotDefined } from '../../../domain/drift/not-defined';
import { summarizeSample } from '../../../domain/drift/sample-summary';
import { wassersteinNormFromSamples } from '../../../domain/drift/wasserstein-norm';
import { scoreSamples, sortedBinCounts } from './score-samples';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const sample = fc.array(finite, { minLength: 1, maxLength: 200 });

describe('scoreSamples on numeric rows', () => {
  it('scores unsorted rows exactly as the domain statistics do on their own', () => {
    fc.assert(
      fc.property(sample, sample, (reference, current) => {
        const [scores] = scoreSamples([
          {
            kind: 'numeric',
            name: 'x',
            reference: Float64Array.from(reference),
            current: Float64Array.from(current),
          },
        ]);
        const ks = ksFromSamples(reference, current);
        if (isNotDefined(ks)) throw new Error(ks.reason);
        expect(scores?.ks).toEqual({ statistic: ks.statistic, pValue: ks.pValue });
        expect(scores?.wassersteinNorm).toBe(wassersteinNormFromSamples(reference, current));
        expect(scores?.summary).toEqual({
          reference: summarizeSample(reference),
          current: summarizeSample(current),
        });
      }),
    );
  });

  it('names the feature whose rows hold a value that is not finite', () => {
    const rows = { reference: Float64Array.from([1, Number.NaN]), current: Float64Array.from([1]) };
    expect(() => scoreSamples([{ kind: 'numeric', name: 'basket_value', ...rows }])).toThrow(
      /basket_value reference: sample values must be finite/,
    );
  });
});

describe('sortedBinCounts', () => {
  it('counts exactly what binning row by row counts, edges and outer bins included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (numbers, lo, width) => {
          const sorted = Float64Array.from(numbers).sort();
          const expected = new Array<number>(20).fill(0);
          for (const value of sorted) {
            const bin = Math.min(19, Math.max(0, Math.floor((value - lo) / width)));
            expected[bin] = (expected[bin] ?? 0) + 1;
          }
          expect(sortedBinCounts(sorted, lo, width)).toEqual(expected);
        },
      ),
    );
  });
});
