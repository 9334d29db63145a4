import { delay, getResponse, http, type HttpHandler } from 'msw';
import { resolveFleetOptions } from './demo-defaults';
import type { FleetOptions } from './fleet/fleet';
import { demoPath, demoRoute } from './handlers/demo-path';
import { errorResponse } from './handlers/error-response';
import { routeHandlers } from './handlers/route-handlers';
import { corruptPayload } from './malformed-payloads';
import { DEFAULT_FAULT_RATE } from './flaky/flaky-faults';
import { flakyHandlers } from './flaky/flaky-handlers';

/** Fault scenarios shared by the dev worker (`?scenario=`), Vitest (`server.use`) and Playwright. */
export const SCENARIO_NAMES = ['backend-down', 'slow', 'malformed', 'empty', 'flaky'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export const SLOW_DELAY_MS = 3000;

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

const everyRoute = demoPath('/*');

/**
 * Handlers that put a scenario in force when placed in front of the normal
 * ones, e.g. `server.use(...scenarioHandlers('slow'))`. `fleet` describes the
 * fleet the `malformed`, `empty` and `flaky` scenarios answer from; `faultRate`
 * is the share of requests `flaky` fails (its seed is the fleet's).
 */
export function scenarioHandlers(
  scenario: ScenarioName,
  fleet: Partial<FleetOptions> = {},
  faultRate = DEFAULT_FAULT_RATE,
): HttpHandler[] {
  switch (scenario) {
    case 'backend-down':
      return [
        http.all(everyRoute, () =>
          errorResponse(503, 'UNAVAILABLE', 'The demo backend is down (scenario "backend-down").'),
        ),
      ];
    case 'slow':
      // Returning nothing lets the request fall through to the next handler, after the wait.
      return [
        http.all(everyRoute, async () => {
          await delay(SLOW_DELAY_MS);
        }),
      ];
    case 'malformed': {
      const healthy = routeHandlers(resolveFleetOptions(fleet));
      return [
        http.all(everyRoute, async ({ request }) => {
          const response = await getResponse(healthy, request);
          if (!response?.ok) return response;
          const body: unknown = await response.json();
          const broken = corruptPayload(demoRoute(request.url) ?? '', body);
          return new Response(JSON.stringify(broken), {
            status: response.status,
            headers: { 'Content-Type': 'application/json' },
          });
        }),
      ];
    }
    case 'empty':
      return routeHandlers(resolveFleetOptions({ ...fleet, fleetSize: 0 }));
    case 'flaky': {
      const options = resolveFleetOptions(fleet);
      const healthy = routeHandlers(options);
      return [...flakyHandlers(healthy, { seed: options.seed, faultRate }), ...healthy];
    }
  }
}
