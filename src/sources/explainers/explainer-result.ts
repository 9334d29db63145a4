import type {
  Contribution,
  GlobalAttribution,
  GlobalExplanation,
  LocalExplanation,
} from '../../domain/explanations/explanation';
import { topContributions } from '../../domain/explanations/explanation';
import { checkAdditivity, checkContributions, checkMethod } from '../../domain/explanations/problems';

/** A local explanation as an explainer answers it, before the caller names the model and prediction. */
export type ExplainerLocal = Pick<
  LocalExplanation,
  'method' | 'outputSpace' | 'baseValue' | 'prediction' | 'contributions' | 'other' | 'problem'
>;

/** Global attributions as an explainer answers them, before the caller names the model and version. */
export type ExplainerGlobal = Pick<GlobalExplanation, 'method' | 'sampleSize' | 'features' | 'problem'>;

export type CellValue = string | number | null;

const Z = 1.959963984540054;

/**
 * Top-k contributions of one row, checked: a method Sightline does not know, a missing or NaN
 * contribution, or a sum that misses the explainer's prediction each become a named problem.
 */
export function localResult(input: {
  method: string;
  outputSpace: string;
  baseValue: number;
  names: readonly string[];
  contributions: readonly (number | null | undefined)[];
  values: readonly CellValue[];
  prediction?: number;
  k: number;
}): ExplainerLocal {
  const raw = input.names.map((feature, i) => ({ feature, contribution: input.contributions[i] }));
  const missing = checkContributions(raw);
  const usable: Contribution[] = raw.flatMap((c, i) =>
    typeof c.contribution === 'number' && Number.isFinite(c.contribution)
      ? [{ feature: c.feature, value: input.values[i] ?? null, contribution: c.contribution }]
      : [],
  );
  const total = usable.reduce((sum, c) => sum + c.contribution, input.baseValue);
  const prediction = input.prediction ?? total;
  const { top, other } = topContributions(usable, input.k);
  const problem =
    checkMethod(input.method) ?? missing ?? checkAdditivity(input.baseValue, usable, prediction);
  return {
    method: input.method,
    outputSpace: input.outputSpace,
    baseValue: input.baseValue,
    prediction,
    contributions: top,
    ...(other && { other }),
    ...(problem && { problem }),
  };
}

/**
 * Mean |attribution| per feature over rows, the usual global SHAP importance (Lundberg et al.,
 * "From local explanations to global understanding with explainable AI for trees", Nature MI 2,
 * 2020), with a 95 % interval of ± 1.96 standard errors of the mean.
 */
export function meanAbsolute(
  names: readonly string[],
  rows: readonly (readonly (number | null)[])[],
): GlobalAttribution[] {
  return names
    .map((feature, j) => {
      const column = rows
        .map((row) => row[j])
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      const abs = column.map(Math.abs);
      const n = abs.length;
      const mean = n > 0 ? abs.reduce((a, b) => a + b, 0) / n : 0;
      const variance = n > 1 ? abs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
      const half = n > 1 ? Z * Math.sqrt(variance / n) : 0;
      return { feature, meanAbs: mean, lower: Math.max(0, mean - half), upper: mean + half };
    })
    .sort((a, b) => b.meanAbs - a.meanAbs);
}
