import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  DATASET_VERSIONS,
  DATASETS,
  JOBS,
  LINEAGE,
  MODEL_DATASETS,
  MODEL_VERSIONS,
  NAMESPACE,
} from './fixtures';

/** Marquez's error body: `{code, message}` with the status. */
const marquezError = (code: number, message: string) =>
  HttpResponse.json({ code, message }, { status: code });

/** `limit`/`offset` paging as Marquez does it: a page of items and the total. */
function page(request: Request, key: string, items: readonly unknown[]) {
  const query = new URL(request.url).searchParams;
  const limit = Number(query.get('limit') ?? 100);
  const offset = Number(query.get('offset') ?? 0);
  return HttpResponse.json({ totalCount: items.length, [key]: items.slice(offset, offset + limit) });
}

/** A Marquez API v1 answering the recorded payloads of fixtures.ts, at `baseUrl`. */
export function marquezHandlers(baseUrl: string): HttpHandler[] {
  const api = `${baseUrl.replace(/\/+$/, '')}/api/v1`;
  const known = new Set([NAMESPACE, 'models']);
  const unknownNamespace = (ns: string) => marquezError(404, `Namespace '${ns}' not found.`);
  return [
    http.get(`${api}/namespaces`, () =>
      HttpResponse.json({
        namespaces: [...known].map((name) => ({
          name,
          createdAt: '2026-10-01T02:00:00.000Z',
          updatedAt: '2026-11-29T02:00:00.000Z',
          ownerName: 'anonymous',
          description: null,
          isHidden: false,
        })),
      }),
    ),
    http.get(`${api}/namespaces/:ns/jobs`, ({ request, params }) => {
      const ns = String(params.ns);
      if (!known.has(ns)) return unknownNamespace(ns);
      return page(request, 'jobs', ns === NAMESPACE ? JOBS : []);
    }),
    http.get(`${api}/namespaces/:ns/datasets`, ({ request, params }) => {
      const ns = String(params.ns);
      if (!known.has(ns)) return unknownNamespace(ns);
      return page(request, 'datasets', ns === NAMESPACE ? DATASETS : MODEL_DATASETS);
    }),
    http.get(`${api}/namespaces/:ns/datasets/:name/versions`, ({ request, params }) => {
      const ns = String(params.ns);
      const name = String(params.name);
      const versions =
        ns === NAMESPACE ? DATASET_VERSIONS[name] : (MODEL_VERSIONS as Record<string, unknown[]>)[name];
      if (!versions) return marquezError(404, `Dataset '${name}' not found.`);
      return page(request, 'versions', versions);
    }),
    http.get(`${api}/lineage`, ({ request }) => {
      const nodeId = new URL(request.url).searchParams.get('nodeId');
      if (!nodeId) return marquezError(400, 'query param nodeId must not be null');
      if (!LINEAGE.graph.some((n) => n.id === nodeId))
        return marquezError(404, `Node '${nodeId}' not found.`);
      return HttpResponse.json(LINEAGE);
    }),
  ];
}
