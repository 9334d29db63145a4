import type { HttpHandler } from 'msw';
import type { DemoOptions } from './demo-options';
import { routeHandlers } from './handlers/route-handlers';
import { lazyLokiHandlers } from './loki/lazy-handlers';
import { lazyPrometheusHandlers } from './prometheus/lazy-handlers';
import { scenarioHandlers } from './scenarios';

/** The demo backend: every route of the Sightline REST contract, with the scenario (if any) in front. */
export function createDemoHandlers(options: DemoOptions): HttpHandler[] {
  const { scenario, faultRate, ...fleet } = options;
  if (scenario === 'empty' || scenario === 'malformed' || scenario === 'flaky')
    return scenarioHandlers(scenario, fleet, faultRate);
  // The demo also answers as a Prometheus and a Loki server (for Explore), over the same fleet.
  const routes = [...routeHandlers(fleet), ...lazyPrometheusHandlers(fleet), ...lazyLokiHandlers(fleet)];
  return scenario ? [...scenarioHandlers(scenario, fleet), ...routes] : routes;
}
