import { http, type HttpHandler } from 'msw';
import { createDemoFleet, type FleetOptions } from '../fleet/fleet';
import { monitoringHandlers } from '../monitoring/monitoring-handlers';
import { retrainingHandlers } from '../monitoring/retraining-handlers';
import { demoPath, demoRoute } from './demo-path';
import { errorResponse } from './error-response';
import { infoHandlers } from './info-handlers';
import { operationsHandlers } from './operations-handlers';
import { registryHandlers } from './registry-handlers';
import { sreHandlers } from './sre-handlers';
import { createOperationsState } from '../operations/operations-state';
import { deliveryHandlers } from '../delivery/delivery-handlers';
import { explanationHandlers } from '../explanations/explanation-handlers';
import { pipelineHandlers } from '../pipelines/pipeline-handlers';
import type { PipelineDemoOptions } from '../pipelines/pipeline-store';

/** Every route of the contract over one fresh fleet, then a 404 for anything else under the demo path. */
export function routeHandlers(options: FleetOptions & PipelineDemoOptions): HttpHandler[] {
  const fleet = createDemoFleet(options);
  const operations = createOperationsState(fleet);
  return [
    ...infoHandlers(),
    ...registryHandlers(fleet),
    ...operationsHandlers(operations),
    ...sreHandlers(fleet, operations),
    ...retrainingHandlers(fleet),
    ...monitoringHandlers(fleet),
    ...deliveryHandlers(fleet),
    ...explanationHandlers(fleet),
    ...pipelineHandlers(fleet, options.now, options),
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
