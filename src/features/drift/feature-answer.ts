import { newCategories } from '../../domain/drift/new-categories';
import type { SummaryStatistics } from '../../domain/drift/sample-summary';
import type { MonitoredFeature } from '../../domain/monitoring';
import { formatDateTime, formatPercent } from '../../ui/format';
import type { FeatureAnalysis } from './compute/analyse-drift';
import type { DistributionBin } from '../../ui/charts/distribution-types';
import { formatScore, formatThreshold, namedResult, SOURCE_LABELS } from './drift-format';
import { recentDrift } from './recent-drift';

const stat = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 3 });

export function formatStat(value: number): string {
  return stat.format(value);
}

function relativeChange(from: number, to: number): string {
  if (from === 0) return '';
  const change = (to - from) / Math.abs(from);
  return ` (${change >= 0 ? '+' : '−'}${formatPercent(Math.abs(change), 0)})`;
}

function numericMove(summary: { reference: SummaryStatistics; current?: SummaryStatistics }): string {
  const { reference, current } = summary;
  if (!current) return '';
  return ` The mean moved from ${formatStat(reference.mean)} to ${formatStat(current.mean)}${relativeChange(reference.mean, current.mean)}; the median from ${formatStat(reference.p50)} to ${formatStat(current.p50)}.`;
}

function largestShift(bins: readonly DistributionBin[]): string {
  const [top] = [...bins].sort(
    (a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference),
  );
  if (!top || Math.abs(top.current - top.reference) < 0.005) return '';
  // A category new in current is named by newCategorySentence, with its share.
  if (top.referenceCount === 0) return '';
  return ` The largest change: ${top.label} went from ${formatPercent(top.reference)} to ${formatPercent(top.current)} of rows.`;
}

/**
 * " New in current: bnpl: 18 % of current, absent from reference." — every category the reference
 * never saw, since chi-square smooths them and the score alone cannot say what appeared.
 */
export function newCategorySentence(monitored: MonitoredFeature): string {
  const fresh = newCategories(monitored.profile);
  if (fresh.length === 0) return '';
  const named = fresh.map(
    ({ category, currentShare }) =>
      `${category}: ${formatPercent(currentShare)} of current, absent from reference`,
  );
  return ` New in current: ${named.join('; ')}.`;
}

/** The feature detail's answer: the verdict, the score against its threshold, and what moved. */
export function featureAnswer(
  feature: FeatureAnalysis,
  monitored: MonitoredFeature,
  bins: readonly DistributionBin[],
): string {
  const { result, method } = feature;
  if (!result)
    return `${feature.name} could not be scored: ${feature.error ?? 'no live rows in this window'}.`;
  if (!result.defined) {
    return `${feature.name}: the drift score is not defined over the window: ${namedResult(result)}.${newCategorySentence(monitored)}`;
  }
  const verdict = feature.drifted ? 'drifted' : 'is stable';
  const rule = `drifts at ${formatThreshold(method.threshold, method.direction)}, ${SOURCE_LABELS[method.source]}`;
  const recent = recentDrift(feature);
  const firstBucket = feature.series.find(([, v]) => v !== null)?.[0];
  const latest = recent ? formatScore(recent.latest, result.direction) : '';
  const since = !recent
    ? ''
    : recent.since === firstBucket
      ? ` It is past the threshold in every bucket of the window (latest ${latest}).`
      : ` ${feature.drifted ? 'It has been' : 'But it has been'} past the threshold continuously since ${formatDateTime(recent.since)} (latest ${latest}).`;
  const head = `${feature.name} ${verdict} over the window: ${namedResult(result)} (${rule}).`;
  const move = monitored.summary ? numericMove(monitored.summary) : largestShift(bins);
  return head + since + move + newCategorySentence(monitored);
}
