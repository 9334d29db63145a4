import { alignCategories } from './align-categories';
import { chiSquareTest } from './chi-square';
import { type DriftDirection, type DriftMethod, isDrifted, type MethodDescriptor } from './drift-method';
import type { FeatureProfile } from './feature-profile';
import { hellingerDistance } from './hellinger';
import { assertHistogram } from './histogram';
import { jensenShannonDistance } from './jensen-shannon';
import { ksFromHistograms } from './ks';
import { psi } from './psi';
import { wassersteinNormFromHistograms } from './wasserstein-norm';

export interface FeatureDriftResult {
  readonly method: DriftMethod;
  readonly direction: DriftDirection;
  /** The value compared with the threshold: the p-value for tests, the distance otherwise (Evidently's drift_score). */
  readonly score: number;
  readonly threshold: number;
  readonly drifted: boolean;
  /** Present for p-value methods (K–S, chi-square). */
  readonly pValue?: number;
  /** The test statistic behind the p-value: K–S D or χ². */
  readonly statistic?: number;
}

interface Measurement {
  readonly score: number;
  readonly pValue?: number;
  readonly statistic?: number;
}

/** Scores one feature's reference-vs-current profile with the chosen method and decides drift. */
export function evaluateFeature(profile: FeatureProfile, descriptor: MethodDescriptor): FeatureDriftResult {
  const measurement = measure(profile, descriptor.method);
  return {
    method: descriptor.method,
    direction: descriptor.direction,
    threshold: descriptor.threshold,
    drifted: isDrifted(measurement.score, descriptor),
    ...measurement,
  };
}

function measure(profile: FeatureProfile, method: DriftMethod): Measurement {
  const [ref, cur] = comparableCounts(profile);
  switch (method) {
    case 'ks': {
      if (profile.kind !== 'numeric') throw unsupported(method);
      const { statistic, pValue } = ksFromHistograms(profile.edges, profile.refCounts, profile.curCounts);
      return { score: pValue, pValue, statistic };
    }
    case 'wasserstein-norm': {
      if (profile.kind !== 'numeric') throw unsupported(method);
      return { score: wassersteinNormFromHistograms(profile.edges, profile.refCounts, profile.curCounts) };
    }
    case 'chi-square': {
      const { statistic, pValue } = chiSquareTest(ref, cur);
      return { score: pValue, pValue, statistic };
    }
    case 'jensen-shannon':
      return { score: jensenShannonDistance(ref, cur) };
    case 'psi':
      return { score: psi(ref, cur) };
    case 'hellinger':
      return { score: hellingerDistance(ref, cur) };
  }
}

/** Bin counts for numeric profiles; counts over the union of categories for categorical ones. */
function comparableCounts(profile: FeatureProfile): readonly [readonly number[], readonly number[]] {
  if (profile.kind === 'numeric') {
    assertHistogram(profile.edges, profile.refCounts, profile.curCounts, 'numeric profile');
    return [profile.refCounts, profile.curCounts];
  }
  const aligned = alignCategories(profile.refCategories, profile.curCategories);
  return [aligned.refCounts, aligned.curCounts];
}

function unsupported(method: DriftMethod): RangeError {
  return new RangeError(`${method} needs a numeric profile, got a categorical one`);
}
