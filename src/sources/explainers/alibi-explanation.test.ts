import { describe, expect, it } from 'vitest';
import anchor from './fixtures/alibi-logit-anchor.json';
import kernel from './fixtures/alibi-kernel-shap.json';
import { alibiExplanationWire, fromAlibiGlobal, fromAlibiLocal } from './alibi-explanation';

const parse = (payload: unknown) => alibiExplanationWire.parse(payload);

describe('the KServe / Seldon explainer answer', () => {
  it('maps the positive class of one instance to contributions that add up to its raw prediction', () => {
    const result = fromAlibiLocal(parse(kernel), { k: 2 });
    expect(result).toMatchObject({
      method: 'shap-kernel',
      outputSpace: 'probability',
      baseValue: 0.4,
      prediction: 0.48,
    });
    expect(result.problem).toBeUndefined();
    expect(result.contributions).toEqual([
      { feature: 'order_amount', value: 412.5, contribution: 0.12 },
      { feature: 'account_age_days', value: 3, contribution: -0.05 },
    ]);
    expect(result.other?.contribution).toBeCloseTo(0.01, 10);
  });

  it('reads the global ranking from importances.aggregated', () => {
    const result = fromAlibiGlobal(parse(kernel));
    expect(result.features.map((f) => [f.feature, f.meanAbs])).toEqual([
      ['order_amount', 0.24],
      ['account_age_days', 0.1],
      ['ip_reputation', 0.04],
      ['device_fingerprint_age_days', 0.02],
    ]);
    expect(result.problem).toBeUndefined();
  });

  it('names an explainer that is not an attribution method', () => {
    expect(fromAlibiGlobal(parse(anchor)).problem?.message).toMatch(/"AnchorTabular"/);
    expect(fromAlibiLocal(parse(anchor), { k: 2 }).problem?.kind).toBe('unknown-method');
  });

  it('names a logit link whose log-odds do not add up to the returned probability', () => {
    const logit = parse(anchor);
    logit.meta.name = 'KernelShap';
    const result = fromAlibiLocal(logit, { k: 2 });
    expect(result.outputSpace).toBe('log-odds');
    expect(result.problem).toMatchObject({ kind: 'not-additive', expected: 0.57 });
  });

  it('names missing shap values', () => {
    const broken = parse(kernel);
    broken.data.shap_values[1]![0]![2] = null;
    expect(fromAlibiLocal(broken, { k: 4 }).problem).toMatchObject({
      kind: 'missing-contribution',
      features: ['ip_reputation'],
    });
  });
});
