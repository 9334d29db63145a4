import type { ExplanationDrift } from '../../domain/explanations/explanation';
import { isNotDefined } from '../../domain/drift/not-defined';
import { attributionNdcg, DEFAULT_NDCG_THRESHOLD } from '../../domain/fairness/explanation-drift';
import type { Point } from '../../domain/series';

const importances = (list: ExplanationDrift['baseline']) =>
  list.map((f) => ({ feature: f.feature, importance: f.meanAbs }));

/** nDCG of each bucket's ranking against the baseline; a bucket whose nDCG is not defined is a gap. */
export function ndcgSeries(drift: ExplanationDrift): Point[] {
  const baseline = importances(drift.baseline);
  return drift.points.map((p) => {
    const value = attributionNdcg(baseline, importances(p.features));
    return [p.t, isNotDefined(value) ? null : value];
  });
}

/** The first time the ranking fell below the threshold and stayed there to the end, if it did. */
export function driftedSince(
  points: readonly Point[],
  threshold = DEFAULT_NDCG_THRESHOLD,
): number | undefined {
  let since: number | undefined;
  for (const [t, v] of points) {
    if (v !== null && v < threshold) since ??= t;
    else if (v !== null) since = undefined;
  }
  return since;
}
