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
  /** Distinct values over both windows (see distinctValuesOf); undefined when unknown. */
  readonly distinctValues?: number;
  readonly featureName?: string;
  readonly overrides?: MethodOverrides;
}

export type MethodSource = 'default' | 'model' | 'feature';

export interface SelectedMethod extends MethodDescriptor {
  /** Which level decided the method or threshold, so the UI can say why. */
  readonly source: MethodSource;
  /** Why this method, in words a user can check: "numeric, 12 distinct values, 800 reference rows". */
  readonly reason: string;
}

export interface DefaultChoice {
  readonly method: DriftMethod;
  readonly reason: string;
}

/** Evidently switches from tests to distances above this many reference rows. */
export const SMALL_REFERENCE_MAX_ROWS = 1000;
/** Numeric features with at most this many distinct values are tested as categories (Evidently). */
export const FEW_DISTINCT_VALUES = 5;
/** Features with at most this many distinct values and a small reference get the z-test. */
export const BINARY_DISTINCT_VALUES = 2;

const rows = new Intl.NumberFormat('en-US');

/**
 * Evidently's default stattest (`get_default_stattest`), with the reason in words:
 * - up to 1,000 reference rows, a statistical test: K–S for numeric features with more than 5
 *   distinct values; otherwise (categorical, or numeric with few values) chi-square, or the
 *   two-proportion z-test when there are at most 2 values;
 * - above, a distance, because with many rows every test rejects on differences too small to
 *   matter: normalised Wasserstein for numeric features with more than 5 distinct values,
 *   Jensen–Shannon otherwise.
 * A numeric profile whose backend did not count distinct values is taken as continuous (more
 * than 5 values), which is what its bins suggest; the reason says so. Numeric features tested
 * as categories are compared bin by bin, which is the same when each value has its own bin.
 */
export function defaultChoice(
  featureType: FeatureType,
  referenceSize: number,
  distinctValues?: number,
): DefaultChoice {
  const small = referenceSize <= SMALL_REFERENCE_MAX_ROWS;
  const size = `${rows.format(referenceSize)} reference rows (${small ? 'at most' : 'more than'} ${rows.format(SMALL_REFERENCE_MAX_ROWS)})`;
  const continuous =
    featureType === 'numeric' && (distinctValues === undefined || distinctValues > FEW_DISTINCT_VALUES);
  const values =
    distinctValues === undefined
      ? 'distinct values not reported, taken as continuous'
      : `${distinctValues} distinct value${distinctValues === 1 ? '' : 's'}`;
  const kind = featureType === 'numeric' ? 'numeric' : 'categorical';
  const because = `${kind}, ${values}, ${size}`;
  if (continuous) return { method: small ? 'ks' : 'wasserstein-norm', reason: because };
  if (!small) return { method: 'jensen-shannon', reason: because };
  const binary = distinctValues !== undefined && distinctValues <= BINARY_DISTINCT_VALUES;
  return { method: binary ? 'z-test' : 'chi-square', reason: because };
}

/** The default method alone (see defaultChoice). */
export function defaultMethod(
  featureType: FeatureType,
  referenceSize: number,
  distinctValues?: number,
): DriftMethod {
  return defaultChoice(featureType, referenceSize, distinctValues).method;
}

const SOURCE_REASONS: Record<Exclude<MethodSource, 'default'>, string> = {
  model: 'set for this model',
  feature: 'set for this feature',
};

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
  const fallback = defaultChoice(featureType, input.referenceSize, input.distinctValues);
  const method = methodLevel?.override.method ?? fallback.method;
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
  const reason =
    methodLevel && methodLevel.source !== 'default' ? SOURCE_REASONS[methodLevel.source] : fallback.reason;
  return { ...describeMethod(method, thresholdLevel?.override.threshold), source, reason };
}
