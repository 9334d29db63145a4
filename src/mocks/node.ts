import { setupServer, type SetupServer } from 'msw/node';
import { resolveFleetOptions } from './demo-defaults';
import { createDemoHandlers } from './demo-handlers';
import type { DemoOptions } from './demo-options';

/**
 * The demo backend for Vitest: `listen({ onUnhandledRequest: 'error' })` in
 * `beforeAll`, `resetHandlers()` after each test, `close()` at the end. Pass a
 * fixed `now` when a test asserts on times. In jsdom, fetch
 * `${location.origin}${DEMO_BASE_URL}/...`: Node's fetch needs absolute URLs.
 */
export function createDemoServer(options: Partial<DemoOptions> = {}): SetupServer {
  return setupServer(...createDemoHandlers({ ...resolveFleetOptions(options), scenario: options.scenario }));
}
