import type { Point } from '../../domain/series';

/**
 * A bucketed metric drawn at the end of each bucket: the score of the hour 10:00–11:00 is known
 * at 11:00, once that hour's labels are in. Drawn at the bucket's start instead, the line stops a
 * whole bucket before the shaded "labels not in yet" band (which begins where the labelled
 * buckets end) and a drop caused by a deploy at 10:30 would appear to precede it.
 */
export function atBucketEnds(points: readonly Point[], stepSeconds: number): Point[] {
  const stepMs = stepSeconds * 1000;
  return points.map(([t, v]) => [t + stepMs, v]);
}
