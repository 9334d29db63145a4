import { describe, expect, it } from 'vitest';
import { waterfallSteps } from './waterfall';
import { driftedSince } from './drift-series';

describe('waterfallSteps', () => {
  it('runs from the base value through each contribution and the other features to the prediction', () => {
    const { steps, min, max } = waterfallSteps({
      predictionId: 'p1',
      model: 'm',
      version: '1',
      at: 0,
      method: 'shap-tree',
      outputSpace: 'probability',
      baseValue: 0.5,
      prediction: 0.6,
      outcome: 'approved',
      contributions: [
        { feature: 'a', value: 1, contribution: 0.2 },
        { feature: 'b', value: 'x', contribution: -0.15 },
      ],
      other: { count: 3, contribution: 0.05 },
    });
    expect(steps.map((s) => [s.label, s.start, s.end])).toEqual([
      ['a', 0.5, 0.7],
      ['b', 0.7, expect.closeTo(0.55, 10) as number],
      ['3 other features', expect.closeTo(0.55, 10) as number, expect.closeTo(0.6, 10) as number],
    ]);
    expect(min).toBeLessThan(0.5);
    expect(max).toBeGreaterThan(0.7);
  });
});

describe('driftedSince', () => {
  it('is the start of the last run below the threshold that lasts to the end', () => {
    expect(
      driftedSince([
        [1, 0.95],
        [2, 0.85],
        [3, 0.95],
        [4, 0.8],
        [5, null],
        [6, 0.7],
      ]),
    ).toBe(4);
    expect(
      driftedSince([
        [1, 0.85],
        [2, 0.95],
      ]),
    ).toBeUndefined();
  });
});
