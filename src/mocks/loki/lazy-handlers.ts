import type { HttpHandler } from 'msw';
import { DEMO_LOKI_URL } from '../../sources/demo/demo-base-url';
import type { FleetOptions } from '../fleet/fleet';
import { lazyHandlers } from '../handlers/lazy-handlers';

/**
 * The demo's Loki, loaded on its first request: its LogQL evaluator and log store stay out of the
 * demo's start-up until someone asks Explore for logs.
 */
export function lazyLokiHandlers(options: FleetOptions): HttpHandler[] {
  return lazyHandlers([`*${DEMO_LOKI_URL}/*`], async () =>
    (await import('./handlers')).createLokiMockHandlers(options, DEMO_LOKI_URL),
  );
}
