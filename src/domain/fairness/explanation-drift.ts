import { notDefined, type NotDefined } from '../drift/not-defined';

export interface FeatureImportance {
  readonly feature: string;
  /** Mean |attribution|: non-negative. */
  readonly importance: number;
}

/** nDCG below this flags explanation drift: the features the model leans on have changed order. */
export const DEFAULT_NDCG_THRESHOLD = 0.9;

const byImportance = (list: readonly FeatureImportance[]): FeatureImportance[] =>
  [...list].sort((a, b) => b.importance - a.importance || a.feature.localeCompare(b.feature));

function dcg(relevances: readonly number[]): number {
  return relevances.reduce((sum, rel, i) => sum + rel / Math.log2(i + 2), 0);
}

/**
 * Normalised discounted cumulative gain of the current global attribution ranking against the
 * training baseline (Järvelin & Kekäläinen, "Cumulated gain-based evaluation of IR techniques",
 * ACM TOIS 20, 2002): each feature's relevance is its baseline importance, gains are discounted by
 * log₂(rank + 1), and the sum is divided by the baseline's own ordering. 1 means the same order;
 * a top feature falling down the list costs most. The explanation-drift use follows Arize's
 * "feature importance drift" and Fiddler's ranking comparison.
 */
export function attributionNdcg(
  baseline: readonly FeatureImportance[],
  current: readonly FeatureImportance[],
  k = Math.max(baseline.length, current.length),
): number | NotDefined {
  for (const f of [...baseline, ...current])
    if (!(f.importance >= 0))
      throw new RangeError(`Importance of ${f.feature} must be ≥ 0 (got ${f.importance})`);
  const relevance = new Map(baseline.map((f) => [f.feature, f.importance]));
  const ideal = dcg(
    byImportance(baseline)
      .slice(0, k)
      .map((f) => f.importance),
  );
  if (ideal === 0) return notDefined('the baseline gives every feature an importance of 0');
  const got = dcg(
    byImportance(current)
      .slice(0, k)
      .map((f) => relevance.get(f.feature) ?? 0),
  );
  return Math.min(1, got / ideal);
}
