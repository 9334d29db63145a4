import { alignCategories } from './align-categories';
import { chiSquareTest } from './chi-square';
import { type DriftDirection, type DriftMethod, isDrifted, type MethodDescriptor } from './drift-method';
import type { FeatureProfile } from './feature-profile';
import { hellingerDistance } from './hellinger';
import { assertHistogram } from './histogram';
import { jensenShannonDistance } from './jensen-shannon';
import { ksFromHistograms, type KsPValueMethod } from './ks';
import { emptySide, isNotDefined, type NotDefined } from './not-defined';
import { psi } from './psi';
import { wassersteinNormFromHistograms } from './wasserstein-norm';
import { twoProportionZTest } from './z-test';

interface DriftResultBase {
  readonly method: DriftMethod;
  readonly direction: DriftDirection;
  readonly threshold: number;
}

/** A feature whose statistic has a value. */
export interface DefinedDriftResult extends DriftResultBase {
  readonly defined: true;
  /** The value compared with the threshold: the p-value for tests, the distance otherwise (Evidently's drift_score). */
  readonly score: number;
  readonly drifted: boolean;
  /** Present for p-value methods (K–S, chi-square, z-test). */
  readonly pValue?: number;
  /** The test statistic behind the p-value: K–S D, χ² or z. */
  readonly statistic?: number;
  /** K–S only: whether the p-value is exact or asymptotic. */
  readonly pValueMethod?: KsPValueMethod;
}

/** A feature whose statistic cannot be computed (see NotDefined): it neither drifts nor counts. */
export interface UndefinedDriftResult extends DriftResultBase {
  readonly defined: false;
  readonly drifted: false;
  readonly reason: string;
}

export type FeatureDriftResult = DefinedDriftResult | UndefinedDriftResult;

interface Measurement {
  readonly score: number;
  readonly pValue?: number;
  readonly statistic?: number;
  readonly pValueMethod?: KsPValueMethod;
}

/**
 * Scores one feature's reference-vs-current profile with the chosen method and decides drift;
 * a statistic that is not defined for this profile (an empty side, a single category) gives a
 * result with `defined: false` and the reason. Malformed profiles and a numeric-only method on
 * a categorical profile throw RangeError.
 */
export function evaluateFeature(profile: FeatureProfile, descriptor: MethodDescriptor): FeatureDriftResult {
  const base = {
    method: descriptor.method,
    direction: descriptor.direction,
    threshold: descriptor.threshold,
  };
  const measurement = measure(profile, descriptor.method);
  if (isNotDefined(measurement))
    return { ...base, defined: false, drifted: false, reason: measurement.reason };
  return { ...base, defined: true, drifted: isDrifted(measurement.score, descriptor), ...measurement };
}

function measure(profile: FeatureProfile, method: DriftMethod): Measurement | NotDefined {
  if ((method === 'ks' || method === 'wasserstein-norm') && profile.kind !== 'numeric') {
    throw new RangeError(`${method} needs a numeric profile, got a categorical one`);
  }
  const counts = comparableCounts(profile);
  if (isNotDefined(counts)) return counts;
  const [ref, cur] = counts;
  switch (method) {
    case 'ks': {
      if (profile.kind !== 'numeric') throw new RangeError('unreachable');
      const ks = ksFromHistograms(profile.edges, profile.refCounts, profile.curCounts);
      if (isNotDefined(ks)) return ks;
      return { score: ks.pValue, pValue: ks.pValue, statistic: ks.statistic, pValueMethod: ks.pValueMethod };
    }
    case 'wasserstein-norm': {
      if (profile.kind !== 'numeric') throw new RangeError('unreachable');
      return distance(wassersteinNormFromHistograms(profile.edges, profile.refCounts, profile.curCounts));
    }
    case 'chi-square':
      return test(chiSquareTest(ref, cur));
    case 'z-test':
      return test(twoProportionZTest(ref, cur));
    case 'jensen-shannon':
      return distance(jensenShannonDistance(ref, cur));
    case 'psi':
      return distance(psi(ref, cur));
    case 'hellinger':
      return distance(hellingerDistance(ref, cur));
  }
}

function distance(score: number | NotDefined): Measurement | NotDefined {
  return isNotDefined(score) ? score : { score };
}

function test(
  result: { readonly statistic: number; readonly pValue: number } | NotDefined,
): Measurement | NotDefined {
  if (isNotDefined(result)) return result;
  return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
}

/**
 * Bin counts for numeric profiles; counts over the union of categories for categorical ones.
 * A categorical profile with no rows at all has no categories to align: not defined.
 */
function comparableCounts(
  profile: FeatureProfile,
): readonly [readonly number[], readonly number[]] | NotDefined {
  if (profile.kind === 'numeric') {
    assertHistogram(profile.edges, profile.refCounts, profile.curCounts, 'numeric profile');
    return [profile.refCounts, profile.curCounts];
  }
  const aligned = alignCategories(profile.refCategories, profile.curCategories);
  if (aligned.categories.length === 0) return emptySide(0, 0) ?? [[], []];
  return [aligned.refCounts, aligned.curCounts];
}
