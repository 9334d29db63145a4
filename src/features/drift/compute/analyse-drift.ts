import {
  datasetDrift,
  type DatasetDriftResult,
  type FeatureDrift,
} from '../../../domain/drift/dataset-drift';
import type { FeatureType } from '../../../domain/drift/drift-method';
import { evaluateFeature, type FeatureDriftResult } from '../../../domain/drift/evaluate-feature';
import { describeMethod } from '../../../domain/drift/drift-method';
import { distinctValuesOf } from '../../../domain/drift/feature-profile';
import { defaultChoice, selectMethod, type SelectedMethod } from '../../../domain/drift/select-method';
import { scoreBuckets } from './score-buckets';
import type { HealthStatus } from '../../../domain/health';
import {
  driftExcess,
  driftStatusOf,
  type DriftReport,
  type DriftTimeline,
  type MonitoredFeature,
  type TimelineFeature,
} from '../../../domain/monitoring';
import type { Point } from '../../../domain/series';
import { effectiveSettings, type DriftSettings, type EffectiveSettings } from './drift-settings';

export interface AnalysisInput {
  report: DriftReport;
  timeline?: DriftTimeline;
  settings: DriftSettings;
}

export interface FeatureAnalysis {
  name: string;
  type: FeatureType;
  method: SelectedMethod;
  /**
   * Absent when the profile could not be scored at all (`error` says why); `defined: false`
   * when it is well formed but the statistic has no value for it (`reason` says why).
   */
  result?: FeatureDriftResult;
  /** After any p-value correction. */
  drifted: boolean;
  adjustedPValue?: number;
  /** How far past the threshold (see driftExcess); 0 when unscored or not defined. */
  excess: number;
  /** The score per bucket of the timeline; null where a bucket has no rows or no defined score. */
  series: Point[];
  error?: string;
}

export interface DriftAnalysis {
  /** Drifted first, then by how far past the threshold: the worst first. */
  features: FeatureAnalysis[];
  dataset: DatasetDriftResult;
  status: HealthStatus;
  /** Share of drifted features per bucket, 0–1. */
  shareSeries: Point[];
  prediction?: FeatureAnalysis;
  settings: EffectiveSettings;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The method for a feature; an override that cannot apply falls back to the default, and says so. */
function chooseMethod(
  type: FeatureType,
  name: string | undefined,
  referenceSize: number,
  distinctValues: number | undefined,
  settings: EffectiveSettings,
): { method: SelectedMethod; error?: string } {
  try {
    return {
      method: selectMethod({
        featureType: type,
        referenceSize,
        distinctValues,
        featureName: name,
        overrides: settings.overrides,
      }),
    };
  } catch (error) {
    const choice = defaultChoice(type, referenceSize, distinctValues);
    return {
      method: { ...describeMethod(choice.method), source: 'default', reason: choice.reason },
      error: `${message(error)}; using the default`,
    };
  }
}

function analyseFeature(
  feature: MonitoredFeature,
  referenceSize: number,
  settings: EffectiveSettings,
  timeline: TimelineFeature | undefined,
  starts: readonly number[],
  name: string | undefined,
): FeatureAnalysis & { bucketResults: (FeatureDriftResult | undefined)[] } {
  const type = feature.profile.kind;
  const chosen = chooseMethod(type, name, referenceSize, distinctValuesOf(feature.profile), settings);
  const { series, results } = scoreBuckets(feature, chosen.method, timeline, starts);
  const base = { name: feature.name, type, method: chosen.method, series, bucketResults: results };
  try {
    const result = evaluateFeature(feature.profile, chosen.method);
    const excess = result.defined ? driftExcess(result.score, result.threshold, result.direction) : 0;
    return { ...base, result, drifted: result.drifted, excess, error: chosen.error };
  } catch (error) {
    return { ...base, drifted: false, excess: 0, error: message(error) };
  }
}

const bySeverity = (a: FeatureAnalysis, b: FeatureAnalysis): number =>
  Number(b.drifted) - Number(a.drifted) || b.excess - a.excess || a.name.localeCompare(b.name);

/**
 * Scores every feature with its method (the user's choice, else the model's, else the default),
 * decides dataset drift with the chosen correction, and does the same per time bucket for the
 * score-over-time charts. Pure: runs in the drift worker, or on the main thread without one.
 */
export function analyseDrift({ report, timeline, settings: user }: AnalysisInput): DriftAnalysis {
  const settings = effectiveSettings(report.config, user);
  const starts = timeline?.bucketStarts ?? [];
  const timelineOf = new Map(timeline?.features.map((f) => [f.name, f]));
  const analysed = report.features.map((feature) =>
    analyseFeature(
      feature,
      report.reference.rows,
      settings,
      timelineOf.get(feature.name),
      starts,
      feature.name,
    ),
  );

  const scored: FeatureDrift[] = analysed.flatMap((f) =>
    f.result ? [{ feature: f.name, result: f.result }] : [],
  );
  const dataset = datasetDrift(scored, { driftShare: settings.driftShare, correction: settings.correction });
  const decisions = new Map(dataset.features.map((d) => [d.feature, d]));
  const features = analysed
    .map(({ bucketResults: _results, ...feature }): FeatureAnalysis => {
      const decision = decisions.get(feature.name);
      return { ...feature, drifted: decision?.drifted ?? false, adjustedPValue: decision?.adjustedPValue };
    })
    .sort(bySeverity);

  const shareSeries: Point[] = starts.map((t, bucket) => {
    const inBucket: FeatureDrift[] = analysed.flatMap((f) => {
      const result = f.bucketResults[bucket];
      return result ? [{ feature: f.name, result }] : [];
    });
    if (inBucket.length === 0) return [t, null];
    return [
      t,
      datasetDrift(inBucket, { driftShare: settings.driftShare, correction: settings.correction }).share,
    ];
  });

  const prediction = report.prediction
    ? analyseFeature(
        report.prediction,
        report.reference.rows,
        settings,
        timeline?.prediction,
        starts,
        undefined,
      )
    : undefined;
  return {
    features,
    dataset,
    status: driftStatusOf(dataset),
    shareSeries,
    prediction: prediction && (({ bucketResults: _results, ...rest }) => rest)(prediction),
    settings,
  };
}
