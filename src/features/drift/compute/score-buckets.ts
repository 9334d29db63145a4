import { evaluateFeature, type FeatureDriftResult } from '../../../domain/drift/evaluate-feature';
import type { FeatureProfile } from '../../../domain/drift/feature-profile';
import type { SelectedMethod } from '../../../domain/drift/select-method';
import type { MonitoredFeature, TimelineFeature } from '../../../domain/monitoring';
import type { Point } from '../../../domain/series';

/** One bucket's live counts as a profile against the report's reference; undefined for an empty bucket. */
function bucketProfile(
  profile: FeatureProfile,
  timeline: TimelineFeature | undefined,
  bucket: number,
): FeatureProfile | undefined {
  const counts = timeline?.counts[bucket];
  if (!timeline || !counts || counts.every((c) => c === 0)) return undefined;
  if (profile.kind === 'numeric') {
    if (timeline.axis.kind !== 'numeric' || counts.length !== profile.refCounts.length) return undefined;
    return { ...profile, curCounts: counts };
  }
  if (timeline.axis.kind !== 'categorical') return undefined;
  const current: Record<string, number> = {};
  timeline.axis.categories.forEach((category, i) => {
    if ((counts[i] ?? 0) > 0) current[category] = counts[i] ?? 0;
  });
  return { ...profile, curCategories: current };
}

/** The feature's score in every bucket of the timeline (null where a bucket has no rows or no defined score). */
export function scoreBuckets(
  feature: MonitoredFeature,
  method: SelectedMethod,
  timeline: TimelineFeature | undefined,
  starts: readonly number[],
): { series: Point[]; results: (FeatureDriftResult | undefined)[] } {
  const results = starts.map((_, bucket) => {
    const profile = bucketProfile(feature.profile, timeline, bucket);
    if (!profile) return undefined;
    try {
      return evaluateFeature(profile, method);
    } catch {
      return undefined;
    }
  });
  const score = (result: FeatureDriftResult | undefined): number | null =>
    result?.defined ? result.score : null;
  return { series: starts.map((t, i) => [t, score(results[i])]), results };
}
