import { http, HttpResponse, type HttpHandler } from 'msw';
import { fleetFacets } from '../../fleet/facets';
import { queryModels } from '../../fleet/query-models';
import { errorResponse } from '../../handlers/error-response';
import { parseModelQuery } from '../../handlers/parse-model-query';
import {
  modelDetailToWire,
  modelSummaryToWire,
  modelVersionToWire,
  trainingRunToWire,
} from '../../handlers/to-wire';
import { alertToWire, intervalToWire } from '../../operations/to-wire';
import { MODEL_FACTS } from './registry-facts';
import { ALERT_FACTS, HISTORY_FACTS, SERIES_FACTS, SERIES_UNITS } from './observability-facts';

export const REST_TEST_URL = 'http://sightline.test/api';

const notFound = (what: string): Response => errorResponse(404, 'NOT_FOUND', what);

/**
 * A Sightline REST server that knows only the facts (registry-facts.ts, observability-facts.ts), written the demo's way: with the
 * demo's own domain-to-wire functions and its fleet query.
 */
export function restHandlers(base = REST_TEST_URL): HttpHandler[] {
  const find = (name: string) => MODEL_FACTS.find((f) => f.model.name === name);
  return [
    http.get(`${base}/registry/models`, ({ request }) => {
      const parsed = parseModelQuery(new URL(request.url).searchParams);
      if (!parsed.ok) return errorResponse(400, 'INVALID_PARAMETER', parsed.message);
      const result = queryModels(
        MODEL_FACTS.map((f) => f.model),
        parsed.query,
      );
      if (!result.ok) return errorResponse(400, 'INVALID_CURSOR', result.message);
      const { items, nextCursor, total } = result.page;
      return HttpResponse.json({ items: items.map(modelSummaryToWire), nextCursor, total });
    }),
    http.get(`${base}/registry/facets`, () =>
      HttpResponse.json(fleetFacets(MODEL_FACTS.map((f) => f.model))),
    ),
    http.get<{ name: string }>(`${base}/registry/models/:name`, ({ params }) => {
      const facts = find(params.name);
      return facts ? HttpResponse.json(modelDetailToWire(facts.model)) : notFound(params.name);
    }),
    http.get<{ name: string }>(`${base}/registry/models/:name/versions`, ({ params }) => {
      const facts = find(params.name);
      return facts
        ? HttpResponse.json({ items: facts.versions.map(modelVersionToWire) })
        : notFound(params.name);
    }),
    http.get<{ runId: string }>(`${base}/registry/runs/:runId`, ({ params }) => {
      const run = MODEL_FACTS.flatMap((f) => f.runs).find((r) => r.id === params.runId);
      return run ? HttpResponse.json(trainingRunToWire(run)) : notFound(params.runId);
    }),
    http.get(`${base}/metrics/serving`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      const [start, end, step] = ['start', 'end', 'step'].map((name) => Number(q.get(name)));
      const model = q.get('model') ?? '';
      const deployment = q.get('deployment') ?? `${model}-production`;
      const facts = SERIES_FACTS.filter(
        (s) => s.target.model === model && s.target.deployment === deployment && s.signal === q.get('signal'),
      );
      return HttpResponse.json({
        // Like the demo: one line per deployment, named by its environment.
        series: facts.map((s) => ({
          label: deployment.replace(`${model}-`, ''),
          unit: SERIES_UNITS[s.signal],
          labels: { model, deployment },
          points: s.points
            .filter(([t]) => t >= (start ?? 0) * 1000 && t <= (end ?? 0) * 1000)
            .map(([t, v]) => [t / 1000, v]),
        })),
        step,
      });
    }),
    http.get(`${base}/alerts`, ({ request }) => {
      const model = new URL(request.url).searchParams.get('model');
      const items = ALERT_FACTS.filter((a) => !model || a.model === model);
      return HttpResponse.json({ items: items.map(alertToWire) });
    }),
    http.get(`${base}/alerts/history`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      const model = q.get('model');
      const from = Date.parse(q.get('start') ?? '');
      const to = Date.parse(q.get('end') ?? '');
      const items = HISTORY_FACTS.filter(
        (a) => (!model || a.model === model) && a.from <= to && (a.to ?? Infinity) >= from,
      );
      return HttpResponse.json({ items: items.map(intervalToWire) });
    }),
  ];
}
