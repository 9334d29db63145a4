export type FeatureType = 'numeric' | 'categorical';

export type DriftMethod = 'ks' | 'wasserstein-norm' | 'chi-square' | 'jensen-shannon' | 'psi' | 'hellinger';

/** p-value tests drift when p < threshold; distances drift when score ≥ threshold (Evidently's rule). */
export type DriftDirection = 'p-value-below' | 'score-above';

export interface MethodDescriptor {
  readonly method: DriftMethod;
  readonly threshold: number;
  readonly direction: DriftDirection;
  readonly label: string;
}

interface MethodDefinition {
  readonly label: string;
  readonly direction: DriftDirection;
  readonly defaultThreshold: number;
  /** Numeric features are compared on their bins, so every bin-based method applies to them. */
  readonly featureTypes: readonly FeatureType[];
}

const BOTH: readonly FeatureType[] = ['numeric', 'categorical'];

/**
 * Default thresholds are Evidently's stattest defaults. Note Evidently's Jensen–Shannon is in
 * natural-log units; ours is base 2 (×1.2), so 0.1 here equals ≈0.083 there: slightly stricter.
 */
export const DRIFT_METHODS: Readonly<Record<DriftMethod, MethodDefinition>> = {
  ks: {
    label: 'Kolmogorov–Smirnov p-value',
    direction: 'p-value-below',
    defaultThreshold: 0.05,
    featureTypes: ['numeric'],
  },
  'wasserstein-norm': {
    label: 'Wasserstein distance (normed)',
    direction: 'score-above',
    defaultThreshold: 0.1,
    featureTypes: ['numeric'],
  },
  'chi-square': {
    label: 'Chi-square p-value',
    direction: 'p-value-below',
    defaultThreshold: 0.05,
    featureTypes: BOTH,
  },
  'jensen-shannon': {
    label: 'Jensen–Shannon distance',
    direction: 'score-above',
    defaultThreshold: 0.1,
    featureTypes: BOTH,
  },
  psi: { label: 'PSI', direction: 'score-above', defaultThreshold: 0.1, featureTypes: BOTH },
  hellinger: {
    label: 'Hellinger distance',
    direction: 'score-above',
    defaultThreshold: 0.1,
    featureTypes: BOTH,
  },
};

export function supportsFeatureType(method: DriftMethod, featureType: FeatureType): boolean {
  return DRIFT_METHODS[method].featureTypes.includes(featureType);
}

/** The descriptor for `method`, with its default threshold unless one is given. */
export function describeMethod(method: DriftMethod, threshold?: number): MethodDescriptor {
  const definition = DRIFT_METHODS[method];
  const chosen = threshold ?? definition.defaultThreshold;
  assertThreshold(chosen, definition.direction, method);
  return { method, threshold: chosen, direction: definition.direction, label: definition.label };
}

/** Applies the descriptor's decision rule to the value compared with the threshold. */
export function isDrifted(
  score: number,
  descriptor: Pick<MethodDescriptor, 'threshold' | 'direction'>,
): boolean {
  return descriptor.direction === 'p-value-below'
    ? score < descriptor.threshold
    : score >= descriptor.threshold;
}

function assertThreshold(threshold: number, direction: DriftDirection, method: DriftMethod): void {
  const valid =
    direction === 'p-value-below'
      ? threshold > 0 && threshold < 1
      : Number.isFinite(threshold) && threshold > 0;
  if (!valid) throw new RangeError(`${method}: invalid threshold ${threshold}`);
}
