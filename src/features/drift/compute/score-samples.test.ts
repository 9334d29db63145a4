import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ksFromSamples } from '../../../domain/drift/ks';
import { isNotDefined } from '../../../domain/drift/not-defined';
import { summarizeSample } from '../../../domain/drift/sample-summary';
import { wassersteinNormFromSamples } from '../../../domain/drift/wasserstein-norm';
import { scoreSamples } from './score-samples';

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
