import { z } from '../zod-mini';
import {
  driftReportWire,
  driftTimelineWire,
  type NumericProfileWire,
  type TimelineFeatureWire,
} from './monitoring-schemas';

/**
 * What JSON Schema cannot express about the monitoring payloads, checked where the client parses
 * them: bins and counts agree in length and edges increase. A failure names its field, so the
 * user reads "field features.0.edges has 3 entries for 5 bins" rather than a NaN score.
 */

function checkEdges(
  edges: readonly number[],
  bins: number,
  path: (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  if (edges.length !== bins + 1) {
    ctx.addIssue({ code: 'custom', path, message: `has ${edges.length} entries for ${bins} bins` });
    return;
  }
  for (let i = 1; i < edges.length; i += 1) {
    if ((edges[i] ?? 0) <= (edges[i - 1] ?? 0)) {
      ctx.addIssue({ code: 'custom', path: [...path, i], message: 'must increase' });
      return;
    }
  }
}

function checkNumericProfile(
  profile: NumericProfileWire,
  path: (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  const bins = profile.reference.counts.length;
  checkEdges(profile.edges, bins, [...path, 'edges'], ctx);
  if (profile.current.counts.length !== bins) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'current', 'counts'],
      message: `has ${profile.current.counts.length} bins, the reference ${bins}`,
    });
  }
}

export const checkedDriftReportWire = driftReportWire.check(
  z.superRefine((report, ctx) => {
    report.features.forEach((feature, i) => {
      if (feature.type === 'numeric') checkNumericProfile(feature, ['features', i], ctx);
    });
    if (report.prediction) checkNumericProfile(report.prediction, ['prediction'], ctx);
  }),
);

function checkTimelineFeature(
  feature: TimelineFeatureWire,
  buckets: number,
  path: (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  const bins = feature.type === 'numeric' ? feature.edges.length - 1 : feature.categories.length;
  if (feature.type === 'numeric') checkEdges(feature.edges, bins, [...path, 'edges'], ctx);
  if (feature.counts.length !== buckets) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'counts'],
      message: `has ${feature.counts.length} buckets, expected ${buckets}`,
    });
    return;
  }
  const bad = feature.counts.findIndex((row) => row.length !== bins);
  if (bad >= 0)
    ctx.addIssue({ code: 'custom', path: [...path, 'counts', bad], message: `needs ${bins} counts` });
}

export const checkedDriftTimelineWire = driftTimelineWire.check(
  z.superRefine((timeline, ctx) => {
    const buckets = timeline.buckets.length;
    timeline.features.forEach((feature, i) => checkTimelineFeature(feature, buckets, ['features', i], ctx));
    if (timeline.prediction) checkTimelineFeature(timeline.prediction, buckets, ['prediction'], ctx);
  }),
);
