import { connectionName, type ConnectionConfig } from '../connection-config';
import type { Source } from '../source';
import { misconfigured } from '../misconfigured';
import { createAlertmanagerClient } from './alertmanager-client';
import { createAlertmanagerAlerts, resolveHistory, type AlertHistoryProvider } from './alerts-client';
import type { AlertLabelNames } from './alert-labels';
import { checkAlertmanager } from './check';
import { parseAlertmanagerOptions } from './options';

export interface AlertmanagerSourceExtras {
  /**
   * History of what fired, typically the Prometheus connection named by
   * `options.historyConnection`. A function is called at each use, so it may
   * look the connection up after all sources are created.
   */
  history?: AlertHistoryProvider;
}

/** An Alertmanager connection (API v2): firing and suppressed alerts, silences; history by delegation. */
export function createAlertmanagerSource(
  connection: ConnectionConfig,
  extras: AlertmanagerSourceExtras = {},
): Omit<Source, 'cacheKey'> {
  const name = connectionName(connection);
  const parsed = parseAlertmanagerOptions(connection.options);
  const client = createAlertmanagerClient({
    name,
    baseUrl: connection.url ?? '',
    token: connection.token,
    timeoutMs: parsed.ok ? parsed.settings.timeoutMs : undefined,
  });
  const labels = (): AlertLabelNames => {
    if (parsed.ok) return parsed.settings.labels;
    throw misconfigured(name, parsed);
  };

  return {
    connectionId: connection.id,
    name,
    capabilities: { alerts: createAlertmanagerAlerts(client, labels, extras.history) },
    check: (signal) =>
      checkAlertmanager(client, parsed, () => resolveHistory(extras.history) !== undefined, signal),
  };
}
