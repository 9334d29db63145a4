import { explainedTotal, isAttributionMethod, type Contribution } from './explanation';

/**
 * Why an explanation cannot be drawn: each a message a user reads in the panel, never a wrong
 * chart. SHAP values are additive by construction (Lundberg & Lee, "A unified approach to
 * interpreting model predictions", NeurIPS 2017, property 1 "local accuracy"), so a sum that
 * misses the prediction means a mismatched base value, a link function or a truncated payload.
 */
export type ExplanationProblem =
  | { kind: 'unknown-method'; method: string; message: string }
  | { kind: 'missing-contribution'; features: string[]; message: string }
  | { kind: 'not-additive'; expected: number; got: number; message: string };

/** Relative tolerance for "adds up": floats and 4-digit rounding in payloads. */
export const ADDITIVITY_TOLERANCE = 1e-3;

export function unknownMethod(method: string): ExplanationProblem {
  return {
    kind: 'unknown-method',
    method,
    message: `The explainer used the method "${method}", which Sightline does not know how to read.`,
  };
}

export function checkContributions(
  contributions: readonly { feature: string; contribution: number | null | undefined }[],
): ExplanationProblem | undefined {
  const missing = contributions.filter(
    (c) => typeof c.contribution !== 'number' || !Number.isFinite(c.contribution),
  );
  if (missing.length === 0) return undefined;
  const features = missing.map((c) => c.feature);
  return {
    kind: 'missing-contribution',
    features,
    message: `The explainer sent no usable contribution (missing or NaN) for ${features.join(', ')}.`,
  };
}

export function checkAdditivity(
  baseValue: number,
  contributions: readonly Contribution[],
  prediction: number,
  other?: { contribution: number },
): ExplanationProblem | undefined {
  const got = explainedTotal({
    baseValue,
    contributions,
    other: other && { count: 0, contribution: other.contribution },
  });
  if (Math.abs(got - prediction) <= ADDITIVITY_TOLERANCE * Math.max(1, Math.abs(prediction)))
    return undefined;
  return {
    kind: 'not-additive',
    expected: prediction,
    got,
    message: `The contributions and base value add up to ${got.toFixed(4)}, not the prediction ${prediction.toFixed(4)}.`,
  };
}

export function checkMethod(method: string): ExplanationProblem | undefined {
  return isAttributionMethod(method) ? undefined : unknownMethod(method);
}
