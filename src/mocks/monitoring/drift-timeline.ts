import type { TimeWindow } from '../../domain/time-range';
import type { DriftTimelineWire, TimelineFeatureWire } from '../../sources/rest/monitoring-schemas';
import type { FeaturePlan, MonitoringPlan } from './monitoring-plan';
import { axisOf, hourlyCounts, type LiveContext } from './profiles';
import { liveHours } from './traffic';

/** Bucket starts: the window's start rounded down to the step, then every step until the end. */
export function bucketStarts(window: TimeWindow, stepMs: number): number[] {
  const starts: number[] = [];
  for (let t = Math.floor(window.from / stepMs) * stepMs; t < window.to; t += stepMs) starts.push(t);
  return starts;
}

function timelineOf(
  feature: FeaturePlan,
  starts: readonly number[],
  stepMs: number,
  end: number,
  context: LiveContext,
): TimelineFeatureWire {
  const axis = axisOf(feature);
  const bins = feature.spec.kind === 'numeric' ? feature.spec.edges.length - 1 : axis.length;
  const counts = starts.map(() => new Array<number>(bins).fill(0));
  const first = starts[0] ?? end;
  const hours = liveHours(first, end, context.now);
  hourlyCounts(feature, axis, hours, context).forEach((row, k) => {
    const bucket = counts[Math.floor(((hours[k] ?? 0) - first) / stepMs)];
    if (bucket) row.forEach((count, i) => (bucket[i] = (bucket[i] ?? 0) + count));
  });
  return feature.spec.kind === 'numeric'
    ? { name: feature.spec.name, type: 'numeric', edges: [...feature.spec.edges], counts }
    : { name: feature.spec.name, type: 'categorical', categories: axis, counts };
}

/** `GET /monitoring/models/{name}/drift/timeline`: live counts per bucket, on the report's bins. */
export function buildDriftTimeline(
  plan: MonitoringPlan,
  window: TimeWindow,
  stepSeconds: number,
  only: readonly string[],
  context: LiveContext,
): DriftTimelineWire {
  const stepMs = stepSeconds * 1000;
  const starts = bucketStarts(window, stepMs);
  const wanted = only.length === 0 ? plan.features : plan.features.filter((f) => only.includes(f.spec.name));
  const prediction = timelineOf(plan.prediction, starts, stepMs, window.to, context);
  return {
    step: stepSeconds,
    buckets: starts.map((t) => t / 1000),
    features: wanted.map((f) => timelineOf(f, starts, stepMs, window.to, context)),
    prediction: prediction.type === 'numeric' ? prediction : null,
  };
}
