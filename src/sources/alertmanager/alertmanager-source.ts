import { clientTarget, sourceIdentity } from '../connection-config';
import type { Connection } from '../kind';
import { misconfiguredSource } from '../misconfigured';
import type { LoadedSource } from '../source';
import { createAlertmanagerClient } from './alertmanager-client';
import { createAlertmanagerAlerts, resolveHistory, type AlertHistoryProvider } from './alerts-client';
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
  connection: Connection,
  extras: AlertmanagerSourceExtras = {},
): LoadedSource {
  const identity = sourceIdentity(connection);
  const parsed = parseAlertmanagerOptions(connection.options);
  if (!parsed.ok) return misconfiguredSource(identity, ['alerts'], parsed);
  const { settings } = parsed;
  const client = createAlertmanagerClient({
    ...clientTarget(connection),
    timeoutMs: settings.timeoutMs,
  });
  return {
    ...identity,
    capabilities: { alerts: createAlertmanagerAlerts(client, settings.labels, extras.history) },
    check: (signal) =>
      checkAlertmanager(client, settings, () => resolveHistory(extras.history) !== undefined, signal),
  };
}
