import { CAPABILITY_LABELS, type CapabilityMap, type CapabilityName } from './capabilities';
import {
  capabilityAssignments,
  connectionName,
  KIND_CAPABILITIES,
  type ConnectionConfig,
  type RuntimeConfig,
} from './connection-config';
import { DEMO_BASE_URL } from './demo/demo-base-url';
import { lazySource } from './lazy-source';
import { MLFLOW_SEARCH_MATCHES, MLFLOW_SORTABLE_BY } from './mlflow/query-support';
import { createRestSource } from './rest/rest-source';
import type { Source } from './source';

/** The one place that maps a connection to a source implementation. */
export function createSource(
  connection: ConnectionConfig,
  lookup: (id: string) => Source | undefined = () => undefined,
): Source {
  const source = createSourceOfKind(connection, lookup);
  const { token: _token, ...settings } = connection;
  return { ...source, cacheKey: JSON.stringify(settings) };
}

function createSourceOfKind(
  connection: ConnectionConfig,
  lookup: (id: string) => Source | undefined,
): Omit<Source, 'cacheKey'> {
  const name = connectionName(connection);
  const identity = { connectionId: connection.id, name };
  const answers = KIND_CAPABILITIES[connection.kind];
  switch (connection.kind) {
    case 'demo':
      return createRestSource({
        connectionId: connection.id,
        name,
        baseUrl: DEMO_BASE_URL,
        timeoutMs: timeoutOf(connection),
      });
    case 'sightline':
      return createRestSource({
        connectionId: connection.id,
        name,
        baseUrl: connection.url ?? '',
        token: connection.token,
        timeoutMs: timeoutOf(connection),
      });
    case 'prometheus':
      return lazySource(
        identity,
        answers,
        async () => (await import('./prometheus/prometheus-source')).createPrometheusSource(connection),
        // Known before the adapter loads, so charts choose their step from the real scrape interval.
        { metrics: { scrapeIntervalSeconds: numberOption(connection, 'scrapeIntervalSeconds') ?? 60 } },
      );
    case 'alertmanager':
      return lazySource(identity, answers, async () => {
        const [{ createAlertmanagerSource }, { namedHistory }] = await Promise.all([
          import('./alertmanager/alertmanager-source'),
          import('./alertmanager/history-connection'),
        ]);
        return createAlertmanagerSource(connection, { history: namedHistory(connection, lookup) });
      });
    case 'mlflow':
      return lazySource(
        identity,
        answers,
        async () => (await import('./mlflow/mlflow-source')).createMlflowSource(connection),
        // Known before the adapter loads, so the fleet's controls are right on the first paint.
        { registry: { searchMatches: MLFLOW_SEARCH_MATCHES, sortableBy: MLFLOW_SORTABLE_BY } },
      );
  }
}

function numberOption(connection: ConnectionConfig, key: string): number | undefined {
  const value = connection.options?.[key];
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/** `options.timeoutMs` overrides how long a request may take (default 15 s). */
function timeoutOf(connection: ConnectionConfig): number | undefined {
  return numberOption(connection, 'timeoutMs');
}

export type CapabilityResolution<C extends CapabilityName> =
  { ok: true; capability: CapabilityMap[C]; source: Source } | { ok: false; reason: string };

export interface SourceSet {
  sources: ReadonlyMap<string, Source>;
  assignments: Partial<Record<CapabilityName, string>>;
  resolve<C extends CapabilityName>(name: C): CapabilityResolution<C>;
}

export function createSourceSet(config: RuntimeConfig): SourceSet {
  const sources = new Map<string, Source>();
  // Sources may delegate to each other (Alertmanager's history comes from Prometheus): look up at call time.
  for (const c of config.connections)
    sources.set(
      c.id,
      createSource(c, (id) => sources.get(id)),
    );
  const assignments = capabilityAssignments(config);
  return {
    sources,
    assignments,
    resolve<C extends CapabilityName>(name: C): CapabilityResolution<C> {
      const id = assignments[name];
      const source = id === undefined ? undefined : sources.get(id);
      const what = CAPABILITY_LABELS[name].toLowerCase();
      if (!source) return { ok: false, reason: `No connection answers the ${what}.` };
      const capability = source.capabilities[name];
      if (!capability) return { ok: false, reason: `${source.name} cannot answer the ${what}.` };
      return { ok: true, capability, source };
    },
  };
}
