import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FleetFacets, FleetSummary } from '../../domain/fleet';
import { fleetFacets } from '../fleet/facets';
import type { DemoFleet } from '../fleet/fleet';
import { fleetSummary } from '../fleet/fleet-summary';
import { queryModels } from '../fleet/query-models';
import { demoPath } from './demo-path';
import { errorResponse } from './error-response';
import { parseModelQuery } from './parse-model-query';
import {
  fleetSummaryToWire,
  modelDetailToWire,
  modelSummaryToWire,
  modelVersionToWire,
  trainingRunToWire,
} from './to-wire';

const modelNotFound = (name: string): Response =>
  errorResponse(404, 'NOT_FOUND', `No registered model is named "${name}".`);

/** `/registry/*`: models, versions, runs, facets and the fleet summary. */
export function registryHandlers(fleet: DemoFleet): HttpHandler[] {
  // The fleet never changes, so its facets and summary are worked out once.
  let facets: FleetFacets | undefined;
  let summary: FleetSummary | undefined;

  return [
    http.get(demoPath('/registry/models'), ({ request }) => {
      const parsed = parseModelQuery(new URL(request.url).searchParams);
      if (!parsed.ok) return errorResponse(400, 'INVALID_PARAMETER', parsed.message);
      const result = queryModels(fleet.models(), parsed.query);
      if (!result.ok) return errorResponse(400, 'INVALID_CURSOR', result.message);
      const { items, nextCursor, total } = result.page;
      return HttpResponse.json({ items: items.map(modelSummaryToWire), nextCursor, total });
    }),
    http.get(demoPath('/registry/facets'), () => HttpResponse.json((facets ??= fleetFacets(fleet.models())))),
    http.get(demoPath('/registry/summary'), () =>
      HttpResponse.json(fleetSummaryToWire((summary ??= fleetSummary(fleet.plans(), fleet.options.seed)))),
    ),
    http.get<{ name: string }>(demoPath('/registry/models/:name'), ({ params }) => {
      const plan = fleet.findPlan(params.name);
      return plan ? HttpResponse.json(modelDetailToWire(plan.model)) : modelNotFound(params.name);
    }),
    http.get<{ name: string }>(demoPath('/registry/models/:name/versions'), ({ params }) => {
      const versions = fleet.versions(params.name);
      return versions
        ? HttpResponse.json({ items: versions.map(modelVersionToWire) })
        : modelNotFound(params.name);
    }),
    http.get<{ runId: string }>(demoPath('/registry/runs/:runId'), ({ params }) => {
      const run = fleet.run(params.runId);
      return run
        ? HttpResponse.json(trainingRunToWire(run))
        : errorResponse(404, 'NOT_FOUND', `No training run has the id "${params.runId}".`);
    }),
  ];
}
