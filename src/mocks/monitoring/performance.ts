import type { TimeWindow } from '../../domain/time-range';
import type { PerformanceReportWire } from '../../sources/rest/monitoring-schemas';
import { createRng } from '../fleet/prng';
import { HOUR } from '../fleet/time';
import { bucketStarts } from './drift-timeline';
import { declineAt, type MetricPlan, type MonitoringPlan } from './monitoring-plan';
import { gaussian } from './normal';
import type { LiveContext } from './profiles';
import { liveHours, rowsInHour } from './traffic';
import { formatDuration } from './format-duration';

function valueAt(metric: MetricPlan, decline: number, labelled: number, noise: number): number {
  const worse = metric.base * metric.drop * decline;
  const value = metric.higherIsBetter ? metric.base - worse : metric.base + worse;
  // Sampling error of the metric on `labelled` rows; halved like the demo's other noise.
  const spread = metric.higherIsBetter
    ? Math.sqrt((value * (1 - value)) / labelled)
    : value / Math.sqrt(labelled);
  const noisy = value + 0.5 * spread * noise;
  return Number((metric.higherIsBetter ? Math.min(1, Math.max(0, noisy)) : Math.max(0, noisy)).toFixed(4));
}

/**
 * `GET /monitoring/models/{name}/performance`: each metric per bucket, from the rows labelled
 * so far. Labels come `labelDelayMs` after the prediction, so buckets from then on are null.
 */
export function buildPerformance(
  plan: MonitoringPlan,
  window: TimeWindow,
  stepSeconds: number,
  context: LiveContext,
): PerformanceReportWire {
  const stepMs = stepSeconds * 1000;
  const starts = bucketStarts(window, stepMs);
  const labelsUntil = Math.floor((context.now - plan.labelDelayMs) / HOUR) * HOUR;
  // A bucket only partly labelled would be scored on a handful of rows and swing wildly: the
  // incomplete period starts with the first bucket that is not fully labelled.
  const incompleteFrom = starts.find((start) => start + stepMs > labelsUntil) ?? labelsUntil;
  const labelled = starts.map((start) =>
    start >= incompleteFrom
      ? 0
      : liveHours(start, Math.min(start + stepMs, window.to), context.now).reduce(
          (sum, h) => sum + rowsInHour(plan.rowsPerHour, h),
          0,
        ),
  );
  const metrics = plan.metrics().map((metric) => ({
    name: metric.name,
    label: metric.label,
    unit: 'score' as const,
    points: starts.map((start, i): [number, number | null] => {
      const rows = labelled[i] ?? 0;
      if (rows < 1) return [start / 1000, null];
      const rng = createRng(context.seed, 'performance', context.model, metric.name, start);
      const decline = declineAt(plan.decline, start + stepMs / 2);
      return [start / 1000, valueAt(metric, decline, rows, gaussian(rng))];
    }),
  }));
  const delay = formatDuration(plan.labelDelayMs);
  return {
    model: plan.registry.model.name,
    task: plan.registry.model.task,
    step: stepSeconds,
    metrics,
    labelDelay: {
      delaySeconds: plan.labelDelayMs / 1000,
      incompleteFrom: incompleteFrom < window.to ? new Date(incompleteFrom).toISOString() : null,
      description:
        plan.labelDelayNote ??
        `Labels arrive about ${delay} after a prediction, so the most recent ${delay} cannot be scored yet.`,
    },
  };
}
