import type { ModelTask } from '../../domain/model';
import type { MetricSeries, PerformanceReport } from '../../domain/monitoring';
import type { TimeWindow } from '../../domain/time-range';
import { formatMetric } from '../../ui/format';

/** The metric a sentence names first, per task. */
export const HEADLINE_METRIC: Record<ModelTask, string> = {
  classification: 'accuracy',
  regression: 'mae',
  ranking: 'ndcg_at_10',
};

const LOWER_IS_BETTER = new Set(['mae', 'rmse']);

export interface MetricChange {
  metric: MetricSeries;
  first: number;
  last: number;
  /** How many measured buckets each end averages. */
  buckets: number;
}

/** At most this many measured points are averaged at each end of the window. */
const END_POINTS = 3;

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * The headline metric at the start and at the end of the window: the mean of its first and last
 * few measured points (up to three, a quarter of the series at most), so that one noisy bucket,
 * scored on few labelled rows, does not write the sentence.
 */
export function headlineChange(report: PerformanceReport): MetricChange | undefined {
  const metric = report.metrics.find((m) => m.name === HEADLINE_METRIC[report.task]) ?? report.metrics[0];
  const values = metric?.points.flatMap(([, v]) => (v === null ? [] : [v])) ?? [];
  if (!metric || values.length === 0) return undefined;
  const k = Math.min(END_POINTS, Math.max(1, Math.floor(values.length / 4)));
  return { metric, first: mean(values.slice(0, k)), last: mean(values.slice(-k)), buckets: k };
}

/**
 * "Accuracy of v6 fell from 0.870 to 0.812", "held at 0.93", "rose from 6.1 to 7.4 (worse)":
 * the version is named when known, so the figure cannot be read as another version's.
 */
export function describeChange({ metric, first, last }: MetricChange, version?: string): string {
  const f = (v: number): string => formatMetric(metric.name, v);
  const subject = version ? `${metric.label} of v${version}` : metric.label;
  if (Math.abs(last - first) <= 0.01 * Math.abs(first)) return `${subject} held at about ${f(last)}`;
  const rose = last > first;
  const worse = LOWER_IS_BETTER.has(metric.name) ? rose : !rose;
  return `${subject} ${rose ? 'rose' : 'fell'} from ${f(first)} to ${f(last)}${worse ? ' (worse)' : ''}`;
}

/**
 * The change with its window and what each end means: "Accuracy of v6 fell from 0.870 to 0.812
 * (worse) over the last 30 days (its first 18 hours against its last 18 hours with labels)".
 */
export function describeChangeIn(
  change: MetricChange,
  report: PerformanceReport,
  windowLabel: string,
  version?: string,
): string {
  const ends = durationWords(change.buckets * report.stepSeconds * 1000).replace(/^an? /, '');
  return `${describeChange(change, version)} over ${windowLabel} (its first ${ends} against its last ${ends} with labels)`;
}

/** "45 minutes", "7 hours", "3 days": a delay as a sentence says it. */
export function durationWords(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} minutes`;
  if (hours < 36) return Math.round(hours) === 1 ? 'an hour' : `${Math.round(hours)} hours`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'a day' : `${days} days`;
}

/** The performance view's answer: the headline metric's course, and what the label delay hides. */
export function performanceAnswer(
  report: PerformanceReport,
  window: TimeWindow,
  windowLabel: string,
  version?: string,
): string {
  const { labelDelay } = report;
  const delay = durationWords(labelDelay.delayMs);
  const change = headlineChange(report);
  if (!change) {
    const waiting = labelDelay.incompleteFrom !== undefined && labelDelay.incompleteFrom <= window.from;
    return waiting
      ? `Labels arrive about ${delay} after a prediction, so nothing in ${windowLabel} can be scored yet. Widen the time range to see the weeks before.`
      : `No labelled rows in ${windowLabel}: performance cannot be measured.`;
  }
  const pending =
    labelDelay.incompleteFrom !== undefined && labelDelay.incompleteFrom < window.to
      ? ` The last ${durationWords(window.to - Math.max(labelDelay.incompleteFrom, window.from))} wait for their labels (about ${delay} late) and are shaded.`
      : '';
  return `${describeChangeIn(change, report, windowLabel, version)}.${pending}`;
}
