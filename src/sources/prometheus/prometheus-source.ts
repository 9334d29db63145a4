import { connectionName, type ConnectionConfig } from '../connection-config';
import type { Source } from '../source';
import { misconfigured } from '../misconfigured';
import { createPrometheusAlerts } from './alerts-client';
import { checkPrometheus } from './check';
import { createPrometheusMetrics, type SettingsProvider } from './metrics-client';
import { parsePrometheusOptions } from './options';
import { createPrometheusClient } from './prometheus-client';

/**
 * A Prometheus connection (or anything speaking its query API: VictoriaMetrics,
 * Thanos, Mimir). Answers metrics (query_range over configurable PromQL) and
 * alerts (what rules fire now, and the `ALERTS` history).
 */
export function createPrometheusSource(connection: ConnectionConfig): Omit<Source, 'cacheKey'> {
  const name = connectionName(connection);
  const parsed = parsePrometheusOptions(connection.options);
  const client = createPrometheusClient({
    name,
    baseUrl: connection.url ?? '',
    token: connection.token,
    timeoutMs: parsed.ok ? parsed.settings.timeoutMs : undefined,
  });
  // A bad option fails the queries that need it, with its name; never the app.
  const settings: SettingsProvider = () => {
    if (parsed.ok) return parsed.settings;
    throw misconfigured(name, parsed);
  };

  return {
    connectionId: connection.id,
    name,
    capabilities: {
      metrics: createPrometheusMetrics(client, settings),
      alerts: createPrometheusAlerts(client, settings),
    },
    check: (signal) => checkPrometheus(client, parsed, signal),
  };
}
