import type { DatasetDriftResult } from './drift/dataset-drift';
import type { DriftDirection, DriftMethod } from './drift/drift-method';
import type { FeatureProfile } from './drift/feature-profile';
import type { PValueCorrection } from './drift/multiple-testing';
import type { SummaryStatistics } from './drift/sample-summary';
import type { MethodOverrides } from './drift/select-method';
import type { HealthStatus } from './health';
import type { ModelTask } from './model';
import type { Point, Unit } from './series';
import type { TimeWindow } from './time-range';

/**
 * What the monitoring capability answers: per feature, the reference profile (the training data
 * of a model version) against the current one (live traffic in a window), the same counts per
 * time bucket for drift over time, and performance with its label delay.
 */

/** One input feature (or the prediction) as reference-vs-current counts on shared bins. */
export interface MonitoredFeature {
  name: string;
  profile: FeatureProfile;
  /** Numeric features: statistics as the backend computed them; `current` is absent without live rows. */
  summary?: { reference: SummaryStatistics; current?: SummaryStatistics };
}

/** What the current window is compared with: usually the training data of `version`. */
export interface DriftReference {
  version: string;
  /** In words: "Training data of v6". */
  label: string;
  /** The dataset version, e.g. `churn_features@3f9a2c1d`. */
  dataset?: string;
  rows: number;
}

/** The backend's monitoring settings for a model; a user's choices (in the URL) override them. */
export interface MonitoringConfig {
  overrides: MethodOverrides;
  /** Share of drifted features at which the dataset counts as drifted. */
  driftShare?: number;
  correction?: PValueCorrection;
}

export const MONITORING_MARKER_KINDS = ['version', 'deploy', 'rollback'] as const;
export type MonitoringMarkerKind = (typeof MONITORING_MARKER_KINDS)[number];

/** A moment that may explain a change: a version registered, a deploy, a rollback. */
export interface MonitoringMarker {
  at: number;
  kind: MonitoringMarkerKind;
  label: string;
  version?: string;
}

export interface DriftReport {
  model: string;
  version: string;
  task: ModelTask;
  window: TimeWindow;
  reference: DriftReference;
  currentRows: number;
  features: MonitoredFeature[];
  /** The model's output distribution, compared like a numeric feature. */
  prediction?: MonitoredFeature;
  config: MonitoringConfig;
  markers: MonitoringMarker[];
}

/** The current window's counts per time bucket, on the bins of the report. */
export type TimelineAxis =
  { kind: 'numeric'; edges: number[] } | { kind: 'categorical'; categories: string[] };

export interface TimelineFeature {
  name: string;
  axis: TimelineAxis;
  /** counts[bucket][bin]: bin i of `axis.edges`, or `axis.categories[i]`. */
  counts: number[][];
}

export interface DriftTimeline {
  stepSeconds: number;
  /** Epoch ms at which each bucket starts; a bucket spans one step. */
  bucketStarts: number[];
  features: TimelineFeature[];
  prediction?: TimelineFeature;
}

export interface MetricSeries {
  /** `accuracy`, `roc_auc`, `mae`… (see lib/format's metric labels). */
  name: string;
  label: string;
  unit: Unit;
  /** Null where no labelled rows exist (yet). */
  points: Point[];
}

/** Labels arrive late: performance after `incompleteFrom` is not measured yet, or only partly. */
export interface LabelDelay {
  delayMs: number;
  /** Start of the period whose labels are incomplete; absent when everything is labelled. */
  incompleteFrom?: number;
  /** The backend's explanation, when it has one. */
  description?: string;
}

export interface PerformanceReport {
  model: string;
  task: ModelTask;
  stepSeconds: number;
  metrics: MetricSeries[];
  labelDelay: LabelDelay;
}

export interface FeatureScore {
  name: string;
  method: DriftMethod;
  score: number;
  threshold: number;
  drifted: boolean;
}

/** One row of the fleet ranked by drift. */
export interface DriftRankingEntry {
  model: string;
  team: string;
  task: ModelTask;
  status: HealthStatus;
  datasetDrift: boolean;
  driftedFeatures: number;
  totalFeatures: number;
  /** Drifted features first, worst first. */
  topFeatures: FeatureScore[];
}

export interface DriftRanking {
  window: TimeWindow;
  /** Models with live data to compare. */
  monitored: number;
  byStatus: Record<HealthStatus, number>;
  /** Worst first. */
  items: DriftRankingEntry[];
}

/**
 * Drift in one status word, the same rule for the fleet and for a model's page:
 * critical when the dataset drifts (at least the drift share of features), warning when some
 * features drift, healthy when none does, unknown when nothing could be scored.
 */
export function driftStatusOf(
  result: Pick<DatasetDriftResult, 'featureCount' | 'driftedCount' | 'drifted'>,
): HealthStatus {
  if (result.featureCount === 0) return 'unknown';
  if (result.drifted) return 'critical';
  return result.driftedCount > 0 ? 'warning' : 'healthy';
}

/**
 * How far a score is past its threshold, on one scale for every method: 1 at the threshold,
 * above 1 exactly when the feature drifts. Distances: score / threshold. p-values: ln p / ln α,
 * so p = α² counts as twice as far as p = α. Used to sort features and models by severity.
 */
export function driftExcess(score: number, threshold: number, direction: DriftDirection): number {
  if (direction === 'score-above') return score / threshold;
  if (score <= 0) return Infinity;
  if (score >= 1) return 0;
  return Math.log(score) / Math.log(threshold);
}
