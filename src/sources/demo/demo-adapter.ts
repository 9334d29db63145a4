import type { Connection, CreateSource } from '../kind';
import { lazySource } from '../lazy-source';
import { restAdapter } from '../rest/rest-kind-options';
import type { LoadedSource } from '../source';
import { DEMO_BASE_URL, DEMO_PROMETHEUS_URL } from './demo-base-url';

/**
 * The demo: the REST contract for everything, and for Explore's raw queries a Prometheus HTTP API
 * that also runs in the page (`/__demo/prometheus`, over the same fleet). The Prometheus adapter is
 * loaded on Explore's first question, so it stays off the landing route.
 */
export const demoAdapter: CreateSource = (connection: Connection, context): LoadedSource => {
  const rest = restAdapter(DEMO_BASE_URL)(connection, context);
  const prometheus = lazySource({ connectionId: rest.connectionId, name: rest.name }, ['explore'], async () =>
    (await import('../prometheus/prometheus-source')).createPrometheusSource({
      id: connection.id,
      name: rest.name,
      kind: 'prometheus',
      url: DEMO_PROMETHEUS_URL,
      options: { scrapeIntervalSeconds: 15 },
    }),
  );
  return { ...rest, capabilities: { ...rest.capabilities, explore: prometheus.capabilities.explore } };
};
