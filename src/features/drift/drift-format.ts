import type { DriftDirection, DriftMethod } from '../../domain/drift/drift-method';
import type { FeatureDriftResult } from '../../domain/drift/evaluate-feature';
import type { MethodSource } from '../../domain/drift/select-method';
import type { HealthStatus } from '../../domain/health';
import { formatDecimal } from '../../ui/format';

/** Method names as a table cell or a sentence says them. */
export const METHOD_NAMES: Record<DriftMethod, string> = {
  ks: 'Kolmogorov–Smirnov',
  'wasserstein-norm': 'Wasserstein (normed)',
  'chi-square': 'Chi-square',
  'z-test': 'Z-test (two proportions)',
  'jensen-shannon': 'Jensen–Shannon',
  psi: 'PSI',
  hellinger: 'Hellinger',
};

/**
 * What the score of a method is: a p-value for the tests, a distance otherwise. The JS distance
 * names its log base, since another tool's JS distance of the same data may be in base 2.
 */
export const SCORE_NAMES: Record<DriftMethod, string> = {
  ks: 'KS p-value',
  'wasserstein-norm': 'Wasserstein',
  'chi-square': 'χ² p-value',
  'z-test': 'z-test p-value',
  'jensen-shannon': 'JS distance (natural log)',
  psi: 'PSI',
  hellinger: 'Hellinger',
};

export const SOURCE_LABELS: Record<MethodSource, string> = {
  default: 'default',
  model: 'set for this model',
  feature: 'set for this feature',
};

/** p-values to 3 decimals ("< 0.001" below); distances to 2 decimals, 3 under 0.1. */
export function formatScore(score: number, direction: DriftDirection): string {
  if (!Number.isFinite(score)) return score > 0 ? '∞' : '—';
  if (direction === 'p-value-below') return score < 0.001 ? '< 0.001' : formatDecimal(score, 3);
  return formatDecimal(score, score < 0.1 ? 3 : 2);
}

/** "≥ 0.10" for distances, "< 0.05" for p-values: the side of the threshold that means drift. */
export function formatThreshold(threshold: number, direction: DriftDirection): string {
  const digits = threshold < 0.01 ? 3 : 2;
  return `${direction === 'p-value-below' ? '<' : '≥'} ${formatDecimal(threshold, digits)}`;
}

/** "PSI 0.31": a score as a sentence names it. */
export function namedScore(method: DriftMethod, score: number, direction: DriftDirection): string {
  return `${SCORE_NAMES[method]} ${formatScore(score, direction)}`;
}

/** What a table cell shows for a statistic that is not defined; the reason goes beside it. */
export const NOT_DEFINED = 'n/a';

/** A result's score for a cell: the number, or "n/a" when the statistic is not defined. */
export function formatResultScore(result: FeatureDriftResult): string {
  return result.defined ? formatScore(result.score, result.direction) : NOT_DEFINED;
}

/** "exact" / "asymptotic" beside a K–S p-value; empty for every other method. */
export function pValueNote(result: FeatureDriftResult): string {
  return result.defined && result.pValueMethod ? `${result.pValueMethod} p-value` : '';
}

/**
 * A result as a sentence names it: "KS p-value 0.012 (exact)", or
 * "KS p-value n/a (the current window has no rows)".
 */
export function namedResult(result: FeatureDriftResult): string {
  if (!result.defined) return `${SCORE_NAMES[result.method]} ${NOT_DEFINED} (${result.reason})`;
  const note = result.pValueMethod ? ` (${result.pValueMethod})` : '';
  return namedScore(result.method, result.score, result.direction) + note;
}

/** The four statuses in drift's words. */
export const DRIFT_STATUS_LABELS: Record<HealthStatus, string> = {
  healthy: 'No drift',
  warning: 'Some drift',
  critical: 'Dataset drift',
  unknown: 'Not scored',
};
