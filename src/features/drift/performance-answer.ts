import type { ModelTask } from '../../domain/model';
import type { MetricSeries, PerformanceReport } from '../../domain/monitoring';
import type { TimeWindow } from '../../domain/time-range';
import { formatMetric } from '../../lib/format';

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
}

/** The headline metric's first and last measured values in the window. */
export function headlineChange(report: PerformanceReport): MetricChange | undefined {
  const metric = report.metrics.find((m) => m.name === HEADLINE_METRIC[report.task]) ?? report.metrics[0];
  const values = metric?.points.flatMap(([, v]) => (v === null ? [] : [v])) ?? [];
  const first = values[0];
  const last = values[values.length - 1];
  return metric && first !== undefined && last !== undefined ? { metric, first, last } : undefined;
}

/** "fell from 0.870 to 0.812", "held at 0.93", "rose from 6.1 to 7.4 (worse)". */
export function describeChange({ metric, first, last }: MetricChange): string {
  const f = (v: number): string => formatMetric(metric.name, v);
  if (Math.abs(last - first) <= 0.01 * Math.abs(first)) return `${metric.label} held at about ${f(last)}`;
  const rose = last > first;
  const worse = LOWER_IS_BETTER.has(metric.name) ? rose : !rose;
  return `${metric.label} ${rose ? 'rose' : 'fell'} from ${f(first)} to ${f(last)}${worse ? ' (worse)' : ''}`;
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
  return `${describeChange(change)} over ${windowLabel}.${pending}`;
}
