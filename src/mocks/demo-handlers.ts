import type { HttpHandler } from 'msw';
import type { DemoOptions } from './demo-options';
import { routeHandlers } from './handlers/route-handlers';
import { scenarioHandlers } from './scenarios';

/** The demo backend: every route of the Sightline REST contract, with the scenario (if any) in front. */
export function createDemoHandlers(options: DemoOptions): HttpHandler[] {
  const { scenario, faultRate, ...fleet } = options;
  if (scenario === 'empty' || scenario === 'malformed' || scenario === 'flaky')
    return scenarioHandlers(scenario, fleet, faultRate);
  const routes = routeHandlers(fleet);
  return scenario ? [...scenarioHandlers(scenario, fleet), ...routes] : routes;
}
