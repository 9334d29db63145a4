import { z } from '../zod-mini';
import { unknownMethod } from '../../domain/explanations/problems';
import { localResult, meanAbsolute, type ExplainerGlobal, type ExplainerLocal } from './explainer-result';

/**
 * The explainer answer KServe and Seldon Core serve (Alibi's `Explanation.to_json()` behind
 * `:explain`): `meta.name` names the explainer; `data.shap_values` holds one rows × features
 * array per output (class); `data.expected_value` one base value per output; `data.raw` the
 * model's own prediction and `importances.aggregated.ranked_effect/names`, the global ranking.
 */
const num = z.nullable(z.number());
const ranked = z.object({ ranked_effect: z.array(z.number()), names: z.array(z.string()) });

export const alibiExplanationWire = z.object({
  meta: z.object({ name: z.string() }),
  data: z.object({
    shap_values: z.array(z.array(z.array(num))),
    expected_value: z.union([z.number(), z.array(z.number())]),
    link: z.nullish(z.string()),
    feature_names: z.array(z.string()),
    raw: z.nullish(
      z.object({
        raw_prediction: z.nullish(z.union([z.array(z.array(z.number())), z.array(z.number())])),
        instances: z.nullish(z.array(z.array(z.nullable(z.union([z.string(), z.number()]))))),
        importances: z.nullish(z.catchall(z.object({ aggregated: z.nullish(ranked) }), z.nullish(ranked))),
      }),
    ),
  }),
});
export type AlibiExplanationWire = z.infer<typeof alibiExplanationWire>;

/** Alibi's explainer class → the method; any other (an anchor, a counterfactual) is named as unknown. */
const METHODS: Readonly<Record<string, string>> = {
  KernelShap: 'shap-kernel',
  TreeShap: 'shap-tree',
  IntegratedGradients: 'integrated-gradients',
};

export function alibiMethod(payload: AlibiExplanationWire): string {
  return METHODS[payload.meta.name] ?? payload.meta.name;
}

/** The link says what the numbers are: identity → the model's output, logit → log-odds. */
const outputSpace = (link: string | null | undefined): string =>
  link === 'logit' ? 'log-odds' : 'probability';

/**
 * One instance of the answer as a local explanation, for output `output` (the positive class of
 * a binary classifier by default). The check against `raw_prediction` catches a `logit` link,
 * whose contributions add up in log-odds, not in the probability the model returned.
 */
export function fromAlibiLocal(
  payload: AlibiExplanationWire,
  options: { k: number; instance?: number; output?: number },
): ExplainerLocal {
  const { data } = payload;
  const outputs = data.shap_values.length;
  const output = options.output ?? outputs - 1;
  const instance = options.instance ?? 0;
  const expected = typeof data.expected_value === 'number' ? [data.expected_value] : data.expected_value;
  const raw = data.raw?.raw_prediction?.[instance];
  const prediction = typeof raw === 'number' ? raw : raw?.[output];
  return localResult({
    method: alibiMethod(payload),
    outputSpace: outputSpace(data.link),
    baseValue: expected[output] ?? 0,
    names: data.feature_names,
    contributions: data.shap_values[output]?.[instance] ?? [],
    values: data.raw?.instances?.[instance] ?? [],
    prediction,
    k: options.k,
  });
}

/**
 * The global ranking: `importances.aggregated` (mean |SHAP| summed over outputs, as Alibi ranks
 * it) when sent, with bounds from the rows when there are several; else computed from the rows.
 */
export function fromAlibiGlobal(payload: AlibiExplanationWire): ExplainerGlobal {
  const method = alibiMethod(payload);
  const rows = payload.data.shap_values.at(-1) ?? [];
  const fromRows = meanAbsolute(payload.data.feature_names, rows);
  const aggregated = payload.data.raw?.importances?.aggregated;
  const features = aggregated
    ? aggregated.names.map((feature, i) => {
        const meanAbs = aggregated.ranked_effect[i] ?? 0;
        const row = fromRows.find((f) => f.feature === feature);
        const half = row && rows.length > 1 ? (row.upper - row.lower) / 2 : 0;
        return { feature, meanAbs, lower: Math.max(0, meanAbs - half), upper: meanAbs + half };
      })
    : fromRows;
  const known = Object.values(METHODS).includes(method);
  return {
    method,
    sampleSize: rows.length,
    features: [...features].sort((a, b) => b.meanAbs - a.meanAbs),
    ...(!known && { problem: unknownMethod(method) }),
  };
}
