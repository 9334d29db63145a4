import type { FeatureProfile } from '../../domain/drift/feature-profile';
import { trainingDataset } from '../fleet/runs';
import type { FeaturePlan, MonitoringPlan } from './monitoring-plan';

/** The version compared by default: the one serving production. */
export function defaultVersion(plan: MonitoringPlan): number {
  return plan.registry.productionVersion ?? plan.registry.versionTimes.length;
}

/** When a version's training data was drawn: before its registration, by the data's age. */
export function referenceTime(plan: MonitoringPlan, version: number): number {
  return (plan.registry.versionTimes[version - 1] ?? 0) - plan.trainingDataAgeMs;
}

/** Rows of a version's reference: a sample of its training set, at most the model's sample size. */
export function referenceRows(plan: MonitoringPlan, version: number, seed: number): number {
  return Math.min(trainingDataset(plan.registry, version, seed).rows ?? 0, plan.referenceSampleRows);
}

/** Counts on an axis as a category → count map (categorical) for the domain's profiles. */
export function countsByCategory(axis: readonly string[], counts: readonly number[]): Record<string, number> {
  const map: Record<string, number> = {};
  axis.forEach((category, i) => {
    const count = counts[i] ?? 0;
    if (count > 0) map[category] = count;
  });
  return map;
}

export function toProfile(
  feature: FeaturePlan,
  axis: readonly string[],
  reference: readonly number[],
  current: readonly number[],
): FeatureProfile {
  if (feature.spec.kind === 'numeric') {
    return { kind: 'numeric', edges: feature.spec.edges, refCounts: reference, curCounts: current };
  }
  return {
    kind: 'categorical',
    refCategories: countsByCategory(axis, reference),
    curCategories: countsByCategory(axis, current),
  };
}
