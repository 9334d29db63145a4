import {
  describeMethod,
  type DriftMethod,
  type FeatureType,
  type MethodDescriptor,
  supportsFeatureType,
} from './drift-method';

export interface MethodOverride {
  readonly method?: DriftMethod;
  readonly threshold?: number;
}

export interface MethodOverrides {
  /** Per model, by feature type (Evidently's num_stattest / cat_stattest). */
  readonly model?: Partial<Readonly<Record<FeatureType, MethodOverride>>>;
  /** Per feature name (Evidently's per_column_stattest); wins over the model's choice. */
  readonly features?: Readonly<Record<string, MethodOverride>>;
}

export interface MethodSelectionInput {
  readonly featureType: FeatureType;
  /** Rows in the reference window. */
  readonly referenceSize: number;
  readonly featureName?: string;
  readonly overrides?: MethodOverrides;
}

export type MethodSource = 'default' | 'model' | 'feature';

export interface SelectedMethod extends MethodDescriptor {
  /** Which level decided the method or threshold, so the UI can say why. */
  readonly source: MethodSource;
}

/** Evidently switches from tests to distances above this many reference rows. */
export const SMALL_REFERENCE_MAX_ROWS = 1000;

/**
 * Evidently's default stattest (`get_default_stattest`): up to 1,000 reference rows a
 * statistical test (K–S for numeric, chi-square for categorical, drift if p < 0.05); above, a
 * distance, because with many rows every test rejects on differences too small to matter
 * (normalised Wasserstein for numeric, Jensen–Shannon for categorical, drift if ≥ 0.1).
 * Evidently's extra rules for features with ≤ 5 distinct values (Z-test, chi-square) are not
 * modelled: profiles here carry no distinct-value count.
 */
export function defaultMethod(featureType: FeatureType, referenceSize: number): DriftMethod {
  const small = referenceSize <= SMALL_REFERENCE_MAX_ROWS;
  if (featureType === 'numeric') return small ? 'ks' : 'wasserstein-norm';
  return small ? 'chi-square' : 'jensen-shannon';
}

/**
 * Chooses the method and threshold for one feature. The method comes from the feature override,
 * else the model override for the feature's type, else the default. The threshold comes from
 * the most specific override that sets one and either names the same method or names none
 * (a bare threshold applies to whatever method is chosen), else the method's default.
 * Throws RangeError when an override names a method that cannot handle the feature type.
 */
export function selectMethod(input: MethodSelectionInput): SelectedMethod {
  const { featureType, featureName, overrides } = input;
  const levels: { source: MethodSource; override: MethodOverride }[] = [];
  const featureOverride = featureName === undefined ? undefined : overrides?.features?.[featureName];
  if (featureOverride) levels.push({ source: 'feature', override: featureOverride });
  const modelOverride = overrides?.model?.[featureType];
  if (modelOverride) levels.push({ source: 'model', override: modelOverride });

  const methodLevel = levels.find((level) => level.override.method !== undefined);
  const method = methodLevel?.override.method ?? defaultMethod(featureType, input.referenceSize);
  if (!supportsFeatureType(method, featureType)) {
    throw new RangeError(`${method} cannot test ${featureType} feature ${featureName ?? ''}`.trim());
  }
  const thresholdLevel = levels.find(
    ({ override }) =>
      override.threshold !== undefined && (override.method === undefined || override.method === method),
  );
  const source = [methodLevel?.source, thresholdLevel?.source].includes('feature')
    ? 'feature'
    : (methodLevel?.source ?? thresholdLevel?.source ?? 'default');
  return { ...describeMethod(method, thresholdLevel?.override.threshold), source };
}
