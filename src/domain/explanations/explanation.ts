import type { MonitoringMarker } from '../monitoring';
import type { ExplanationProblem } from './problems';

/** How attributions were computed. Others are refused by name (see `problems.ts`). */
export const ATTRIBUTION_METHODS = [
  'shap-tree',
  'shap-kernel',
  'shap-linear',
  'integrated-gradients',
  'permutation',
] as const;
export type AttributionMethod = (typeof ATTRIBUTION_METHODS)[number];

export const METHOD_LABELS: Record<AttributionMethod, string> = {
  'shap-tree': 'TreeSHAP',
  'shap-kernel': 'KernelSHAP',
  'shap-linear': 'LinearSHAP',
  'integrated-gradients': 'Integrated gradients',
  permutation: 'Permutation importance',
};

export function isAttributionMethod(value: string): value is AttributionMethod {
  return (ATTRIBUTION_METHODS as readonly string[]).includes(value);
}

/** "TreeSHAP"; an unknown method by its own name. */
export function methodLabel(method: string): string {
  return isAttributionMethod(method) ? METHOD_LABELS[method] : method;
}

/** One feature's global importance: mean |attribution| over a sample, with its bounds. */
export interface GlobalAttribution {
  readonly feature: string;
  readonly meanAbs: number;
  readonly lower: number;
  readonly upper: number;
}

export interface GlobalExplanation {
  readonly model: string;
  readonly version: string;
  /** An AttributionMethod, or another the backend named (then `problem` says so). */
  readonly method: string;
  readonly sampleSize: number;
  /** Largest first. */
  readonly features: readonly GlobalAttribution[];
  /** Why the attributions cannot be drawn, when they cannot. */
  readonly problem?: ExplanationProblem;
}

export interface Contribution {
  readonly feature: string;
  /** The input's value, as the backend wrote it. */
  readonly value: string | number | null;
  readonly contribution: number;
}

export interface LocalExplanation {
  readonly predictionId: string;
  readonly model: string;
  readonly version: string;
  readonly at: number;
  /** An AttributionMethod, or another the backend named (then `problem` says so). */
  readonly method: string;
  /** What the numbers are: "probability", "log-odds", "score". */
  readonly outputSpace: string;
  /** The model's expected output over the background data. */
  readonly baseValue: number;
  readonly prediction: number;
  readonly outcome: string;
  /** Largest |contribution| first. */
  readonly contributions: readonly Contribution[];
  /** What the features left out of `contributions` add up to. */
  readonly other?: { readonly count: number; readonly contribution: number };
  /** Why the waterfall cannot be drawn, when it cannot. */
  readonly problem?: ExplanationProblem;
}

export interface PredictionSummary {
  readonly predictionId: string;
  /** A local explanation is kept for it. */
  readonly explained: boolean;
  readonly at: number;
  readonly version: string;
  readonly prediction: number;
  readonly outcome: string;
  readonly segment: string;
}

export interface PredictionPage {
  readonly items: readonly PredictionSummary[];
  readonly nextCursor?: string;
  readonly total: number;
  /** The values the outcome and segment filters accept. */
  readonly outcomes: readonly string[];
  readonly segments: readonly string[];
}

export interface PredictionFilter {
  readonly outcome?: string;
  readonly segment?: string;
  readonly cursor?: string;
  readonly limit: number;
}

export interface CohortExplanation {
  readonly model: string;
  readonly version: string;
  /** An AttributionMethod, or another the backend named (then `problem` says so). */
  readonly method: string;
  readonly by: string;
  readonly cohorts: readonly { cohort: string; sampleSize: number; features: readonly GlobalAttribution[] }[];
}

/** A capped sample: each row's values and attributions in the order of `features`. */
export interface SampleMatrix {
  readonly model: string;
  readonly version: string;
  readonly features: readonly string[];
  readonly values: readonly (readonly (string | number | null)[])[];
  readonly attributions: readonly (readonly number[])[];
  readonly total: number;
}

/** The global ranking per bucket against the training baseline; nDCG is computed in the browser. */
export interface ExplanationDrift {
  readonly model: string;
  readonly baselineVersion: string;
  readonly baseline: readonly GlobalAttribution[];
  readonly points: readonly { t: number; features: readonly GlobalAttribution[] }[];
  readonly markers: readonly MonitoringMarker[];
}

/** The top `k` contributions by size, the rest summed into "other features" so the total still holds. */
export function topContributions(
  contributions: readonly Contribution[],
  k: number,
): { top: Contribution[]; other?: { count: number; contribution: number } } {
  const sorted = [...contributions].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const rest = sorted.slice(k);
  return {
    top: sorted.slice(0, k),
    ...(rest.length > 0 && {
      other: { count: rest.length, contribution: rest.reduce((sum, c) => sum + c.contribution, 0) },
    }),
  };
}

/** base value + Σ contributions (+ other features): what the prediction must equal. */
export function explainedTotal(
  local: Pick<LocalExplanation, 'baseValue' | 'contributions' | 'other'>,
): number {
  return (
    local.contributions.reduce((sum, c) => sum + c.contribution, local.baseValue) +
    (local.other?.contribution ?? 0)
  );
}

/** A production model's latest attribution ranking against its training baseline, scored by the backend. */
export interface ExplanationDriftEntry {
  readonly model: string;
  readonly baselineVersion: string;
  readonly ndcg: number;
  readonly threshold: number;
  readonly drifted: boolean;
  /** When the ranking last fell below the threshold. */
  readonly since?: number;
}

export interface ExplanationDriftRanking {
  readonly window: { readonly from: number; readonly to: number };
  readonly monitored: number;
  /** Lowest nDCG first. */
  readonly items: readonly ExplanationDriftEntry[];
}
