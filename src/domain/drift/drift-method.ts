import { CHI_SQUARE_EPSILON } from './chi-square';
import { WASSERSTEIN_STD_FLOOR } from './wasserstein-norm';

export type FeatureType = 'numeric' | 'categorical';

export type DriftMethod =
  'ks' | 'wasserstein-norm' | 'chi-square' | 'z-test' | 'jensen-shannon' | 'psi' | 'hellinger';

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
  /**
   * The score's unit and convention (log base, smoothing, floor), said beside the score so it
   * can be compared with another tool's: the same name can mean a different number elsewhere.
   */
  readonly convention: string;
  readonly direction: DriftDirection;
  readonly defaultThreshold: number;
  /** Numeric features are compared on their bins, so every bin-based method applies to them. */
  readonly featureTypes: readonly FeatureType[];
}

const BOTH: readonly FeatureType[] = ['numeric', 'categorical'];

/**
 * Default thresholds are Evidently's stattest defaults, and so are the units: Jensen–Shannon and
 * PSI in natural log, Wasserstein over the reference std floored at 0.001, so a score here and in
 * an Evidently report of the same bins is the same number. The one deliberate difference is
 * chi-square's smoothing of categories new in current (see CHI_SQUARE_EPSILON), stated below.
 */
export const DRIFT_METHODS: Readonly<Record<DriftMethod, MethodDefinition>> = {
  ks: {
    label: 'Kolmogorov–Smirnov p-value',
    convention:
      'two-sided p-value; exact (permutation over the bins) for small samples, asymptotic for large ones',
    direction: 'p-value-below',
    defaultThreshold: 0.05,
    featureTypes: ['numeric'],
  },
  'wasserstein-norm': {
    label: 'Wasserstein distance (normed)',
    convention: `in reference standard deviations (std floored at ${WASSERSTEIN_STD_FLOOR}, as Evidently)`,
    direction: 'score-above',
    defaultThreshold: 0.1,
    featureTypes: ['numeric'],
  },
  'chi-square': {
    label: 'Chi-square p-value',
    convention: `p-value; a value absent from the reference gets share ${CHI_SQUARE_EPSILON} (Evidently: p = 0)`,
    direction: 'p-value-below',
    defaultThreshold: 0.05,
    featureTypes: BOTH,
  },
  'z-test': {
    label: 'Z-test p-value',
    convention: 'two-sided p-value of the two-proportion z-test, for features with two values',
    direction: 'p-value-below',
    defaultThreshold: 0.05,
    featureTypes: BOTH,
  },
  'jensen-shannon': {
    label: 'Jensen–Shannon distance',
    convention: 'natural log, 0 to 0.83 (as Evidently and SciPy; base 2 would read 1.2× higher)',
    direction: 'score-above',
    defaultThreshold: 0.1,
    featureTypes: BOTH,
  },
  psi: {
    label: 'PSI',
    convention: 'natural log, 0 and up; empty bins filled with 0.0001 (as Evidently)',
    direction: 'score-above',
    defaultThreshold: 0.1,
    featureTypes: BOTH,
  },
  hellinger: {
    label: 'Hellinger distance',
    convention: '0 to 1',
    direction: 'score-above',
    defaultThreshold: 0.1,
    featureTypes: BOTH,
  },
};

/** The score's unit and convention, for the UI to show beside it. */
export function methodConvention(method: DriftMethod): string {
  return DRIFT_METHODS[method].convention;
}

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
