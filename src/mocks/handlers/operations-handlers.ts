import { http, HttpResponse, type HttpHandler } from 'msw';
import type { DemoFleet } from '../fleet/fleet';
import { demoPath } from './demo-path';
import { errorResponse } from './error-response';
import { deploymentToWire } from './to-wire';

/** `/operations/*`: where each model runs. */
export function operationsHandlers(fleet: DemoFleet): HttpHandler[] {
  return [
    http.get<{ name: string }>(demoPath('/operations/models/:name/deployments'), ({ params }) => {
      const deployments = fleet.deployments(params.name);
      return deployments
        ? HttpResponse.json({ items: deployments.map(deploymentToWire) })
        : errorResponse(404, 'NOT_FOUND', `No registered model is named "${params.name}".`);
    }),
  ];
}
