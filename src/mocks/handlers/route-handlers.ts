import { http, type HttpHandler } from 'msw';
import { createDemoFleet, type FleetOptions } from '../fleet/fleet';
import { demoPath, demoRoute } from './demo-path';
import { errorResponse } from './error-response';
import { infoHandlers } from './info-handlers';
import { lazyHandlers } from './lazy-handlers';
import { registryHandlers } from './registry-handlers';
import { deliveryHandlers } from '../delivery/delivery-handlers';
import type { PipelineDemoOptions } from '../pipelines/pipeline-store';

/** Patterns for every route under the contract paths given (`/pipelines` and `/pipelines/…`). */
const under = (...paths: string[]): string[] =>
  paths.flatMap((path) => [demoPath(path), demoPath(`${path}/*`)]);

/**
 * Every route of the contract over one fresh fleet, then a 404 for anything else under the demo
 * path. The fleet, the registry and delivery (what the landing route asks for) are made at start;
 * each other area is generated on its first request.
 */
export function routeHandlers(options: FleetOptions & PipelineDemoOptions): HttpHandler[] {
  const fleet = createDemoFleet(options);
  return [
    ...infoHandlers(),
    ...registryHandlers(fleet),
    ...lazyHandlers(under('/operations', '/alerts', '/metrics'), async () => {
      const [operations, sre, retraining, state] = await Promise.all([
        import('./operations-handlers'),
        import('./sre-handlers'),
        import('../monitoring/retraining-handlers'),
        import('../operations/operations-state'),
      ]);
      const shared = state.createOperationsState(fleet);
      return [
        ...operations.operationsHandlers(shared),
        ...sre.sreHandlers(fleet, shared),
        ...retraining.retrainingHandlers(fleet),
      ];
    }),
    ...lazyHandlers(under('/monitoring'), async () =>
      (await import('../monitoring/monitoring-handlers')).monitoringHandlers(fleet),
    ),
    ...deliveryHandlers(fleet),
    ...lazyHandlers(under('/explanations', '/fairness'), async () =>
      (await import('../explanations/explanation-handlers')).explanationHandlers(fleet),
    ),
    ...lazyHandlers(under('/datasets', '/lineage', '/pipelines'), async () =>
      (await import('../pipelines/pipeline-handlers')).pipelineHandlers(fleet, options.now, options),
    ),
    // Without it an unknown route would fall through to the dev server and come back as index.html.
    http.all(demoPath('/*'), ({ request }) =>
      errorResponse(
        404,
        'NOT_FOUND',
        `The demo has no route ${request.method} ${demoRoute(request.url) ?? ''}.`,
      ),
    ),
  ];
}
