import { describe, expect, it } from 'vitest';
import global from './fixtures/shap-global.json';
import local from './fixtures/shap-local.json';
import withNan from './fixtures/shap-nan.json';
import { fromShapGlobal, fromShapLocal, shapExplanationWire } from './shap-explanation';

const parse = (payload: unknown) => shapExplanationWire.parse(payload);

describe('a SHAP Explanation', () => {
  it('maps one row to a waterfall that adds up to the prediction', () => {
    const result = fromShapLocal(parse(local), { method: 'shap-tree', outputSpace: 'probability', k: 3 });
    expect(result.problem).toBeUndefined();
    expect(result.baseValue).toBe(0.412);
    expect(result.prediction).toBeCloseTo(0.506, 10);
    expect(result.contributions.map((c) => [c.feature, c.value])).toEqual([
      ['debt_to_income', 0.18],
      ['age_group_code', 22],
      ['annual_income', 86000],
    ]);
    expect(result.other).toEqual({ count: 2, contribution: expect.closeTo(-0.005, 10) as number });
  });

  it('names a prediction the values do not add up to', () => {
    const result = fromShapLocal(parse(local), {
      method: 'shap-tree',
      outputSpace: 'probability',
      k: 3,
      prediction: 0.62,
    });
    expect(result.problem?.kind).toBe('not-additive');
  });

  it('names missing (NaN) values instead of drawing them as 0', () => {
    const result = fromShapLocal(parse(withNan), { method: 'shap-kernel', outputSpace: 'probability', k: 5 });
    expect(result.problem).toMatchObject({ kind: 'missing-contribution', features: ['annual_income'] });
  });

  it('names an unknown method', () => {
    expect(
      fromShapLocal(parse(local), { method: 'lime', outputSpace: 'probability', k: 3 }).problem?.kind,
    ).toBe('unknown-method');
  });

  it('turns rows into mean |SHAP| per feature with an interval, largest first', () => {
    const result = fromShapGlobal(parse(global), 'shap-tree');
    expect(result.sampleSize).toBe(4);
    expect(result.features.map((f) => f.feature)).toEqual(['debt_to_income', 'age', 'has_mortgage']);
    const top = result.features[0]!;
    expect(top.meanAbs).toBeCloseTo(0.2, 10);
    // |values| 0.2, 0.1, 0.3, 0.2: sd 0.08165, se 0.040825, ± 1.96 · se.
    expect(top.lower).toBeCloseTo(0.2 - 1.96 * 0.040825, 3);
    expect(result.features[1]).toMatchObject({ meanAbs: 0.1, lower: 0.1, upper: 0.1 });
  });

  it('takes the bounds of |value| from lower/upper bounds', () => {
    const result = fromShapGlobal(parse(local), 'shap-kernel');
    const dti = result.features.find((f) => f.feature === 'debt_to_income');
    expect(dti).toMatchObject({ meanAbs: 0.112, lower: 0.101, upper: 0.123 });
  });

  it('refuses a payload without feature names, naming the field', () => {
    const parsed = shapExplanationWire.safeParse({ values: [1], base_values: 0 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['feature_names']);
  });
});
