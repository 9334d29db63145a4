/** A numeric feature binned on shared edges: bin i is [edges[i], edges[i+1]). */
export interface NumericProfile {
  readonly kind: 'numeric';
  readonly edges: readonly number[];
  readonly refCounts: readonly number[];
  readonly curCounts: readonly number[];
}

/** A categorical feature as category → count, for the reference and the current window. */
export interface CategoricalProfile {
  readonly kind: 'categorical';
  readonly refCategories: Readonly<Record<string, number>>;
  readonly curCategories: Readonly<Record<string, number>>;
}

export type FeatureProfile = NumericProfile | CategoricalProfile;
