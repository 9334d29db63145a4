import type { SeriesResult } from '../../domain/series';
import { alignWindow, limitStep } from '../../domain/step';
import type { Metrics, SeriesRequest } from '../capabilities';
import type { PrometheusSettings } from './options';
import type { PrometheusClient } from './prometheus-client';
import { driftQuery, servingQuery, type BuiltQuery } from './queries';
import { toDriftSeries, toServingSeries } from './to-domain';

/**
 * The step actually used: the caller's, widened if Prometheus would refuse it
 * (> 11,000 points); the window aligned to it.
 */
export function planRange(request: SeriesRequest): { stepSeconds: number; window: SeriesRequest['window'] } {
  const stepSeconds = limitStep(request.window, request.stepSeconds);
  return { stepSeconds, window: alignWindow(request.window, stepSeconds) };
}

export function createPrometheusMetrics(client: PrometheusClient, settings: PrometheusSettings): Metrics {
  async function run(
    built: BuiltQuery,
    plan: ReturnType<typeof planRange>,
    abort: AbortSignal,
  ): Promise<Awaited<ReturnType<PrometheusClient['queryRange']>>> {
    return client.queryRange(built.query, plan.window, plan.stepSeconds, abort, {
      label: built.label,
      setting: built.setting,
    });
  }

  return {
    scrapeIntervalSeconds: settings.scrapeIntervalSeconds,
    async serving(target, signal, request, abort): Promise<SeriesResult> {
      const plan = planRange(request);
      const built = servingQuery(settings, target, signal, plan.stepSeconds);
      const result = await run(built, plan, abort);
      return {
        query: built.query,
        stepSeconds: plan.stepSeconds,
        series: toServingSeries(result, built.label, built.unit, plan.stepSeconds),
      };
    },
    async driftScores(target, request, abort): Promise<SeriesResult> {
      const plan = planRange(request);
      const current = settings;
      const built = driftQuery(current, target, plan.stepSeconds);
      const result = await run(built, plan, abort);
      return {
        query: built.query,
        stepSeconds: plan.stepSeconds,
        series: toDriftSeries(result, current.labels.feature, plan.stepSeconds),
      };
    },
  };
}
