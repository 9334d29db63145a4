import type { PrometheusClient } from '@prometheus-io/codemirror-promql';
import type { Explore, MetricNameList } from '../../sources/explore-capability';

/**
 * At most this many metric names reach the editor: past about 10,000, completion (and the
 * browser) slows to a crawl, as the Prometheus UI found (its `maxMetricsMetadata`).
 */
export const MAX_METRIC_NAMES = 10_000;

export interface CompletionClient extends PrometheusClient {
  /** The metric list as fetched: whether it was cut, or why there is none. */
  metricList(): Promise<MetricNameList>;
}

/**
 * codemirror-promql's completion asks through this: the connection's Explore capability,
 * cached for the editor's life, so that typing never waits on the network twice for one answer.
 */
export function completionClient(explore: Explore): CompletionClient {
  const controller = new AbortController();
  const cache = new Map<string, Promise<string[]>>();
  let metrics: Promise<MetricNameList> | undefined;
  const cached = (key: string, load: () => Promise<string[]>): Promise<string[]> => {
    let hit = cache.get(key);
    if (!hit) {
      hit = load().catch(() => {
        cache.delete(key);
        return [];
      });
      cache.set(key, hit);
    }
    return hit;
  };
  const metricList = (): Promise<MetricNameList> =>
    (metrics ??= explore.metricNames(MAX_METRIC_NAMES, controller.signal).catch(() => {
      metrics = undefined;
      return { names: [], truncated: false };
    }));
  return {
    metricList,
    labelNames: (metric) =>
      cached(`names|${metric ?? ''}`, () => explore.labelNames(controller.signal, metric)),
    labelValues: (label, metric) =>
      cached(`values|${label}|${metric ?? ''}`, () => explore.labelValues(label, controller.signal, metric)),
    metricMetadata: () => Promise.resolve({}),
    series: () => Promise.resolve([]),
    metricNames: async () => (await metricList()).names,
    flags: () => Promise.resolve({}),
    destroy: () => controller.abort(),
  };
}
