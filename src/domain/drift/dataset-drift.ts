import type { FeatureDriftResult } from './evaluate-feature';
import { adjustPValues, type PValueCorrection } from './multiple-testing';

export interface FeatureDrift {
  readonly feature: string;
  readonly result: FeatureDriftResult;
}

export interface DatasetDriftOptions {
  /** Share of drifted features at which the dataset counts as drifted (Evidently's drift_share). */
  readonly driftShare?: number;
  /** Correction applied across the p-value tests only; distance scores are left as they are. */
  readonly correction?: PValueCorrection;
}

export interface FeatureDecision {
  readonly feature: string;
  readonly drifted: boolean;
  /** The corrected p-value, for p-value methods when a correction is applied. */
  readonly adjustedPValue?: number;
}

export interface DatasetDriftResult {
  readonly drifted: boolean;
  readonly driftedCount: number;
  /** Features whose statistic is defined: the denominator of the share. */
  readonly featureCount: number;
  /** Features left out because their statistic is not defined (an empty window, one category). */
  readonly notDefinedCount: number;
  readonly share: number;
  readonly driftShare: number;
  readonly correction: PValueCorrection;
  readonly features: readonly FeatureDecision[];
}

/** Evidently's default: the dataset drifts when at least half of its features do. */
export const DEFAULT_DRIFT_SHARE = 0.5;

/**
 * Dataset drift as in Evidently's DatasetDriftMetric: drifted iff driftedCount / featureCount ≥
 * driftShare. Testing many features at α = 0.05 flags ~5% of them by chance, so p-value
 * decisions can first be corrected (Bonferroni or Benjamini–Hochberg) over the family of
 * features scored by a p-value; a corrected feature drifts iff its adjusted p < its own
 * threshold. With one common threshold that is exactly the BH step-up procedure; with mixed
 * per-feature thresholds it is the usual adjusted-p approximation. No features → not drifted.
 * Features whose statistic is not defined are left out of both counts and of the correction's
 * family: counting them as "not drifted" would dilute the share with features nobody measured.
 */
export function datasetDrift(
  features: readonly FeatureDrift[],
  options: DatasetDriftOptions = {},
): DatasetDriftResult {
  const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
  if (!(driftShare > 0 && driftShare <= 1))
    throw new RangeError(`driftShare must be in (0, 1], got ${driftShare}`);
  const correction = options.correction ?? 'none';
  const defined = features.filter(({ result }) => result.defined);
  const decisions = correction === 'none' ? defined.map(uncorrected) : corrected(defined, correction);
  const driftedCount = decisions.filter((decision) => decision.drifted).length;
  const featureCount = decisions.length;
  const share = featureCount === 0 ? 0 : driftedCount / featureCount;
  return {
    drifted: featureCount > 0 && share >= driftShare,
    driftedCount,
    featureCount,
    notDefinedCount: features.length - defined.length,
    share,
    driftShare,
    correction,
    features: decisions,
  };
}

function uncorrected({ feature, result }: FeatureDrift): FeatureDecision {
  return { feature, drifted: result.drifted };
}

function corrected(features: readonly FeatureDrift[], correction: PValueCorrection): FeatureDecision[] {
  const tested = features.filter(({ result }) => result.defined && result.pValue !== undefined);
  const adjusted = adjustPValues(
    tested.map(({ result }) => (result.defined ? (result.pValue ?? 1) : 1)),
    correction,
  );
  const adjustedByEntry = new Map(tested.map((entry, i) => [entry, adjusted[i] ?? 1]));
  return features.map((entry) => {
    const adjustedPValue = adjustedByEntry.get(entry);
    if (adjustedPValue === undefined) return uncorrected(entry);
    return { feature: entry.feature, drifted: adjustedPValue < entry.result.threshold, adjustedPValue };
  });
}
