import { http, HttpResponse, type HttpHandler } from 'msw';
import type { OperationsState } from '../operations/operations-state';
import { demoPath } from './demo-path';
import { errorResponse } from './error-response';
import { deploymentToWire } from './to-wire';

/** `/operations/*`: where each model runs. */
export function operationsHandlers(state: OperationsState): HttpHandler[] {
  return [
    http.get<{ name: string }>(demoPath('/operations/models/:name/deployments'), ({ params }) => {
      const deployments = state.deployments(params.name);
      return deployments
        ? HttpResponse.json({ items: deployments.map(deploymentToWire) })
        : errorResponse(404, 'NOT_FOUND', `No registered model is named "${params.name}".`);
    }),
  ];
}
