import type { Connection } from '../kind';
import type { Source } from '../source';
import type { AlertHistoryProvider } from './alerts-client';
import { parseAlertmanagerOptions } from './options';

/**
 * The history provider an Alertmanager connection names in
 * `options.historyConnection`, looked up when asked (so that all sources can
 * be created first): `createAlertmanagerSource(c, { history: namedHistory(c, (id) => sources.get(id)) })`.
 */
export function namedHistory(
  connection: Connection,
  lookup: (connectionId: string) => Source | undefined,
): AlertHistoryProvider | undefined {
  const parsed = parseAlertmanagerOptions(connection.options);
  const id = parsed.ok ? parsed.settings.historyConnection : undefined;
  if (id === undefined || id === connection.id) return undefined;
  return () => lookup(id)?.capabilities.alerts;
}
