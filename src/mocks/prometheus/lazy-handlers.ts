import type { HttpHandler } from 'msw';
import { DEMO_PROMETHEUS_URL } from '../../sources/demo/demo-base-url';
import type { FleetOptions } from '../fleet/fleet';
import { lazyHandlers } from '../handlers/lazy-handlers';

/**
 * The demo's Prometheus, loaded on its first request: its PromQL evaluator and series stay out of
 * the demo's start-up until someone opens Explore.
 */
export function lazyPrometheusHandlers(options: FleetOptions): HttpHandler[] {
  return lazyHandlers([`*${DEMO_PROMETHEUS_URL}/*`], async () =>
    (await import('./handlers')).createPrometheusMockHandlers(options),
  );
}
