import { http, HttpResponse, type HttpHandler } from 'msw';
import { downstreamImpact } from '../../domain/pipelines/impact';
import type { DemoFleet } from '../fleet/fleet';
import { demoPath } from '../handlers/demo-path';
import { errorResponse } from '../handlers/error-response';
import { createPipelineStore, type PipelineDemoOptions, type PipelineStore } from './pipeline-store';
import {
  consumptionWire,
  datasetSummaryWire,
  detailWire,
  impactWire,
  runWire,
  summaryWire,
  versionWire,
} from './to-wire';

const notFound = (what: string) => errorResponse(404, 'NOT_FOUND', `The demo has no ${what}.`);

/** The contract's pipelines part over the demo's pipelines (built on first use). */
export function pipelineHandlers(fleet: DemoFleet, now: number, options: PipelineDemoOptions): HttpHandler[] {
  let store: PipelineStore | undefined;
  const demo = (): PipelineStore => (store ??= createPipelineStore(fleet, now, options));
  return [
    http.get(demoPath('/pipelines'), () =>
      HttpResponse.json({ items: demo().pipelines.map((p) => summaryWire(p.detail)) }),
    ),
    http.get(demoPath('/pipelines/:id'), ({ params }) => {
      const pipeline = demo().find(String(params.id));
      return pipeline
        ? HttpResponse.json(detailWire(pipeline.detail))
        : notFound(`pipeline "${String(params.id)}"`);
    }),
    http.get(demoPath('/pipelines/:id/runs/:runId'), ({ params }) => {
      const pipeline = demo().find(String(params.id));
      if (!pipeline) return notFound(`pipeline "${String(params.id)}"`);
      const runId = String(params.runId);
      const run = runId === 'latest' ? pipeline.runs[0] : pipeline.runs.find((r) => r.id === runId);
      return run ? HttpResponse.json(runWire(run)) : notFound(`run "${runId}" of ${pipeline.detail.id}`);
    }),
    http.get(demoPath('/datasets'), () =>
      HttpResponse.json({ items: demo().datasets.map(datasetSummaryWire) }),
    ),
    http.get(demoPath('/datasets/:name/versions'), ({ params }) => {
      const versions = demo().versions(String(params.name));
      return versions
        ? HttpResponse.json({ items: versions.map(versionWire) })
        : notFound(`dataset "${String(params.name)}"`);
    }),
    http.get(demoPath('/lineage/consumptions'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      const model = query.get('model');
      const version = query.get('modelVersion');
      const items = demo().consumptions.filter(
        (c) => (!model || c.model === model) && (!version || c.modelVersion === version),
      );
      return HttpResponse.json({ items: items.map(consumptionWire) });
    }),
    http.get(demoPath('/lineage/impact'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      const dataset = query.get('dataset');
      const version = query.get('version');
      if (!dataset || !version)
        return errorResponse(400, 'INVALID_PARAMETER', 'Say which dataset version: ?dataset=…&version=….');
      const known = demo()
        .versions(dataset)
        ?.some((v) => v.version === version);
      if (!known) return notFound(`version "${version}" of dataset "${dataset}"`);
      const impact = downstreamImpact({ dataset, version }, demo().allVersions, demo().consumptions);
      return HttpResponse.json(impactWire(impact));
    }),
  ];
}
