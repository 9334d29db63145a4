import { datasetDrift, type FeatureDrift } from '../../domain/drift/dataset-drift';
import { type DefinedDriftResult, evaluateFeature } from '../../domain/drift/evaluate-feature';
import { distinctValuesOf } from '../../domain/drift/feature-profile';
import { selectMethod } from '../../domain/drift/select-method';
import type { ModelDriftStatus } from '../../domain/model';
import {
  driftExcess,
  driftStatusOf,
  type DriftRankingEntry,
  type FeatureScore,
} from '../../domain/monitoring';
import type { TimeWindow } from '../../domain/time-range';
import { DAY } from '../fleet/time';
import { configOverrides } from './config';
import type { MonitoringPlan } from './monitoring-plan';
import { axisOf, expectedWindowCounts, referenceCounts } from './profiles';
import { defaultVersion, referenceRows, referenceTime, toProfile } from './reference';

const TOP_FEATURES = 3;

export type ModelDriftScore = Omit<DriftRankingEntry, 'model' | 'team' | 'task'> & {
  /** How far the worst feature is past its threshold (see driftExcess). */
  worstExcess: number;
};

/**
 * The server's verdict on a model's drift over a window, with the model's own settings, from
 * expected counts (no sampling noise): cheap enough to rank a 10,000-model fleet, and far
 * enough from the thresholds that the noisy profiles of the drift view agree with it.
 */
export function scoreModelDrift(
  plan: MonitoringPlan,
  window: TimeWindow,
  seed: number,
  now: number,
): ModelDriftScore {
  const version = defaultVersion(plan);
  const rows = referenceRows(plan, version, seed);
  const at = referenceTime(plan, version);
  const { overrides, dataset } = configOverrides(plan.config);
  const context = { seed, model: plan.registry.model.name, rowsPerHour: plan.rowsPerHour, now };
  const scored: (FeatureDrift & { result: DefinedDriftResult; excess: number })[] = [];
  for (const feature of plan.features) {
    const axis = axisOf(feature);
    const current = expectedWindowCounts(feature, axis, window.from, window.to, context);
    const profile = toProfile(feature, axis, referenceCounts(feature, axis, at, rows), current);
    const method = selectMethod({
      featureType: feature.spec.kind,
      referenceSize: rows,
      distinctValues: distinctValuesOf(profile),
      featureName: feature.spec.name,
      overrides,
    });
    const result = evaluateFeature(profile, method);
    // Not defined (no live rows in the window, one category): the feature is not ranked.
    if (!result.defined) continue;
    scored.push({
      feature: feature.spec.name,
      result,
      excess: driftExcess(result.score, result.threshold, result.direction),
    });
  }
  const decision = datasetDrift(scored, dataset);
  const drifted = new Set(decision.features.filter((f) => f.drifted).map((f) => f.feature));
  const ordered = [...scored].sort(
    (a, b) => Number(drifted.has(b.feature)) - Number(drifted.has(a.feature)) || b.excess - a.excess,
  );
  const topFeatures: FeatureScore[] = ordered.slice(0, TOP_FEATURES).map(({ feature, result }) => ({
    name: feature,
    method: result.method,
    score: result.score,
    threshold: result.threshold,
    drifted: drifted.has(feature),
  }));
  return {
    status: driftStatusOf(decision),
    datasetDrift: decision.drifted,
    driftedFeatures: decision.driftedCount,
    totalFeatures: decision.featureCount,
    topFeatures,
    worstExcess: ordered[0]?.excess ?? 0,
  };
}

/** What scoring a quiet model (see isQuiet) gives: nothing drifted. */
export function quietScore(plan: { features: readonly unknown[] }): ModelDriftScore {
  return {
    status: 'healthy',
    datasetDrift: false,
    driftedFeatures: 0,
    totalFeatures: plan.features.length,
    topFeatures: [],
    worstExcess: 0,
  };
}

/** The registry's drift column: the last 24 hours before `now`. */
export function modelDriftStatus(plan: MonitoringPlan, seed: number, now: number): ModelDriftStatus {
  const score = scoreModelDrift(plan, { from: now - DAY, to: now }, seed, now);
  return {
    status: score.status,
    driftedFeatures: score.driftedFeatures,
    totalFeatures: score.totalFeatures,
    topFeatures: score.topFeatures.filter((f) => f.drifted).map((f) => f.name),
  };
}
