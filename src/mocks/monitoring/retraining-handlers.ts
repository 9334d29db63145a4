import { http, HttpResponse, type HttpHandler } from 'msw';
import type { DemoFleet } from '../fleet/fleet';
import { demoPath } from '../handlers/demo-path';
import { errorResponse } from '../handlers/error-response';
import { createRetrainingStore } from './retraining-store';

const modelNotFound = (name: string): Response =>
  errorResponse(404, 'NOT_FOUND', `No registered model is named "${name}".`);

async function readBody(request: Request): Promise<{ reason?: unknown; requestedBy?: unknown }> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null ? body : {};
  } catch {
    return {};
  }
}

/** `/operations/models/{name}/retraining`: the requests, and asking for one. */
export function retrainingHandlers(fleet: DemoFleet): HttpHandler[] {
  const store = createRetrainingStore(fleet);
  return [
    http.get<{ name: string }>(demoPath('/operations/models/:name/retraining'), ({ params }) => {
      const items = store.list(params.name);
      return items ? HttpResponse.json({ items }) : modelNotFound(params.name);
    }),
    http.post<{ name: string }>(
      demoPath('/operations/models/:name/retraining'),
      async ({ params, request }) => {
        const { reason, requestedBy } = await readBody(request);
        if (typeof reason !== 'string' || reason.trim() === '' || reason.length > 2000) {
          return errorResponse(
            400,
            'INVALID_PARAMETER',
            'Say why the model needs retraining (up to 2,000 characters).',
          );
        }
        const by = typeof requestedBy === 'string' && requestedBy.trim() ? requestedBy.trim() : 'unknown';
        const created = store.add(params.name, { reason: reason.trim(), requestedBy: by });
        return created ? HttpResponse.json(created) : modelNotFound(params.name);
      },
    ),
  ];
}
