import type { AlertInterval } from '../../domain/alert';
import type { Alerts } from '../capabilities';
import type { AlertmanagerClient } from './alertmanager-client';
import type { AlertLabelNames } from './alert-labels';
import { gettableAlertsWire, gettableSilencesWire } from './schemas';
import { equalityMatcher, toAlerts, toSilences } from './to-domain';

/** Whoever keeps the history of what fired: a Prometheus connection's `ALERTS` series. */
export type AlertHistory = Pick<Alerts, 'history'>;
/** The provider itself, or a lookup done at call time (connections are created together). */
export type AlertHistoryProvider = AlertHistory | (() => AlertHistory | undefined);

export const resolveHistory = (provider: AlertHistoryProvider | undefined): AlertHistory | undefined =>
  typeof provider === 'function' ? provider() : provider;

/**
 * Alertmanager keeps current state only: firing and suppressed alerts and
 * silences. The history of what fired comes from the provider, if any.
 */
export function createAlertmanagerAlerts(
  client: AlertmanagerClient,
  names: AlertLabelNames,
  history: AlertHistoryProvider | undefined,
): Alerts {
  return {
    async listAlerts(filter, signal) {
      // Alertmanager filters on the server: only what the view shows crosses the network.
      const include = String(filter.includeSuppressed ?? false);
      const query = new URLSearchParams({ active: 'true', silenced: include, inhibited: include });
      if (filter.model) query.append('filter', equalityMatcher(names.model, filter.model));
      const wire = await client.get('/api/v2/alerts', gettableAlertsWire, signal, query);
      return toAlerts(wire, names);
    },
    async listSilences(signal) {
      return toSilences(await client.get('/api/v2/silences', gettableSilencesWire, signal));
    },
    async history(filter, window, signal): Promise<AlertInterval[]> {
      const provider = resolveHistory(history);
      return provider ? provider.history(filter, window, signal) : [];
    },
  };
}
