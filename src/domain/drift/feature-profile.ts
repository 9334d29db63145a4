/** A numeric feature binned on shared edges: bin i is [edges[i], edges[i+1]). */
export interface NumericProfile {
  readonly kind: 'numeric';
  readonly edges: readonly number[];
  readonly refCounts: readonly number[];
  readonly curCounts: readonly number[];
  /**
   * Distinct values over both windows, when the backend counted them. Few distinct values (a
   * flag stored as 0/1, a count of 1–4) are tested as categories, as Evidently does.
   */
  readonly distinctValues?: number;
}

/** A categorical feature as category → count, for the reference and the current window. */
export interface CategoricalProfile {
  readonly kind: 'categorical';
  readonly refCategories: Readonly<Record<string, number>>;
  readonly curCategories: Readonly<Record<string, number>>;
}

export type FeatureProfile = NumericProfile | CategoricalProfile;

/**
 * Distinct values of a feature over both windows: the categories seen for a categorical profile,
 * the backend's count for a numeric one (undefined when it sent none: bins cannot tell).
 */
export function distinctValuesOf(profile: FeatureProfile): number | undefined {
  if (profile.kind === 'numeric') return profile.distinctValues;
  const seen = new Set<string>();
  for (const side of [profile.refCategories, profile.curCategories]) {
    for (const [category, count] of Object.entries(side)) if (count > 0) seen.add(category);
  }
  return seen.size;
}
