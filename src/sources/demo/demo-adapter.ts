import type { Connection, CreateSource } from '../kind';
import { lazySource } from '../lazy-source';
import { restAdapter } from '../rest/rest-kind-options';
import type { LoadedSource } from '../source';
import { DEMO_BASE_URL, DEMO_LOKI_URL, DEMO_PROMETHEUS_URL } from './demo-base-url';

/**
 * The demo: the REST contract for everything, and for Explore's raw queries a Prometheus HTTP API
 * and a Loki HTTP API that also run in the page (`/__demo/prometheus`, `/__demo/loki`, over the
 * same fleet). Their adapters load on Explore's first question, so they stay off the landing route.
 */
export const demoAdapter: CreateSource = (connection: Connection, context): LoadedSource => {
  const rest = restAdapter(DEMO_BASE_URL)(connection, context);
  const identity = { connectionId: rest.connectionId, name: rest.name };
  const prometheus = lazySource(identity, ['explore'], async () =>
    (await import('../prometheus/prometheus-source')).createPrometheusSource({
      id: connection.id,
      name: rest.name,
      kind: 'prometheus',
      url: DEMO_PROMETHEUS_URL,
      options: { scrapeIntervalSeconds: 15 },
    }),
  );
  const loki = lazySource(identity, ['logs'], async () =>
    (await import('../loki/loki-source')).createLokiSource({
      id: connection.id,
      name: rest.name,
      kind: 'loki',
      url: DEMO_LOKI_URL,
      options: {},
    }),
  );
  return {
    ...rest,
    capabilities: {
      ...rest.capabilities,
      explore: prometheus.capabilities.explore,
      logs: loki.capabilities.logs,
    },
  };
};
