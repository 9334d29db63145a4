import { http, HttpResponse, type HttpHandler } from 'msw';
import { demoPath } from './demo-path';

export const DEMO_API_VERSION = '1.0';

/** `/info`: what "Test connection" reads. The demo answers the registry and operations parts of the contract. */
export function infoHandlers(): HttpHandler[] {
  return [
    http.get(demoPath('/info'), () =>
      HttpResponse.json({
        name: 'Sightline demo',
        apiVersion: DEMO_API_VERSION,
        capabilities: [
          'registry',
          'operations',
          'metrics',
          'alerts',
          'monitoring',
          'delivery',
          'explanations',
          'pipelines',
        ],
      }),
    ),
  ];
}
