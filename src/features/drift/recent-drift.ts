import { isDrifted } from '../../domain/drift/drift-method';
import type { FeatureAnalysis } from './compute/analyse-drift';

export interface RecentDrift {
  /** Start of the first bucket of the run. */
  since: number;
  /** The last bucket's score. */
  latest: number;
  buckets: number;
}

/**
 * The run of buckets at the end of the window that are all past the threshold (empty buckets
 * skipped), when it spans at least two: "since when" a feature drifts, which a whole-window
 * score dilutes when the drift is recent.
 */
export function recentDrift(feature: Pick<FeatureAnalysis, 'series' | 'method'>): RecentDrift | undefined {
  let since: number | undefined;
  let latest: number | undefined;
  let buckets = 0;
  for (let i = feature.series.length - 1; i >= 0; i -= 1) {
    const [t, v] = feature.series[i] ?? [0, null];
    if (v === null) continue;
    if (!isDrifted(v, feature.method)) break;
    latest ??= v;
    since = t;
    buckets += 1;
  }
  return since !== undefined && latest !== undefined && buckets >= 2 ? { since, latest, buckets } : undefined;
}
