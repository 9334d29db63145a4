import { http, type HttpHandler } from 'msw';
import { createDemoFleet, type FleetOptions } from '../fleet/fleet';
import { demoPath, demoRoute } from './demo-path';
import { errorResponse } from './error-response';
import { infoHandlers } from './info-handlers';
import { operationsHandlers } from './operations-handlers';
import { registryHandlers } from './registry-handlers';

/** Every route of the contract over one fresh fleet, then a 404 for anything else under the demo path. */
export function routeHandlers(options: FleetOptions): HttpHandler[] {
  const fleet = createDemoFleet(options);
  return [
    ...infoHandlers(),
    ...registryHandlers(fleet),
    ...operationsHandlers(fleet),
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
