import { clientTarget, sourceIdentity } from '../connection-config';
import type { Connection } from '../kind';
import { misconfiguredSource } from '../misconfigured';
import type { LoadedSource } from '../source';
import { createPrometheusAlerts } from './alerts-client';
import { createPrometheusExplore } from './explore-client';
import { checkPrometheus } from './check';
import { createPrometheusMetrics } from './metrics-client';
import { parsePrometheusOptions } from './options';
import { createPrometheusClient } from './prometheus-client';

/**
 * A Prometheus connection (or anything speaking its query API: VictoriaMetrics,
 * Thanos, Mimir). Answers metrics (query_range over configurable PromQL) and
 * alerts (what rules fire now, and the `ALERTS` history).
 */
export function createPrometheusSource(connection: Connection): LoadedSource {
  const identity = sourceIdentity(connection);
  const parsed = parsePrometheusOptions(connection.options);
  if (!parsed.ok) return misconfiguredSource(identity, ['metrics', 'alerts', 'explore'], parsed);
  const { settings } = parsed;
  const client = createPrometheusClient({
    ...clientTarget(connection),
    timeoutMs: settings.timeoutMs,
  });
  return {
    ...identity,
    capabilities: {
      metrics: createPrometheusMetrics(client, settings),
      alerts: createPrometheusAlerts(client, settings),
      explore: createPrometheusExplore(client, settings),
    },
    check: (signal) => checkPrometheus(client, settings, signal),
  };
}
