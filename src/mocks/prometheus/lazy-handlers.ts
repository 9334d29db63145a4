import { getResponse, http, type HttpHandler } from 'msw';
import { DEMO_PROMETHEUS_URL } from '../../sources/demo/demo-base-url';
import type { FleetOptions } from '../fleet/fleet';

/**
 * The demo's Prometheus, loaded on its first request: its PromQL evaluator and series stay out of
 * the demo's start-up until someone opens Explore.
 */
export function lazyPrometheusHandlers(options: FleetOptions): HttpHandler[] {
  let loaded: Promise<HttpHandler[]> | undefined;
  return [
    http.all(`*${DEMO_PROMETHEUS_URL}/*`, async ({ request }) => {
      loaded ??= import('./handlers').then((m) => m.createPrometheusMockHandlers(options));
      return getResponse(await loaded, request);
    }),
  ];
}
