import { http, HttpResponse, type HttpHandler } from 'msw';
import { parsePrometheusOptions } from '../../../sources/prometheus/options';
import { servingQuery } from '../../../sources/prometheus/queries';
import {
  ALERT_FACTS,
  EVALUATION_SECONDS,
  HISTORY_FACTS,
  SERIES_FACTS,
  type SeriesFacts,
} from './observability-facts';

export const PROMETHEUS_PARITY_URL = 'http://prometheus.test:9090';

type Sample = [number, string];

const settings = (() => {
  const parsed = parsePrometheusOptions({});
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.settings;
})();

const matrix = (result: { metric: Record<string, string>; values: Sample[] }[]): Response =>
  HttpResponse.json({ status: 'success', data: { resultType: 'matrix', result } });

/**
 * A serving fact as Prometheus answers the default preset's query for it: `sum by (le)` and
 * `sum(…)` keep no labels; a quantile of no requests is "NaN" (0/0), and a step without any
 * sample for a rate is left out of `values`, as Prometheus does.
 */
function servingSamples(facts: SeriesFacts, range: { start: number; end: number }): Sample[] {
  return facts.points.flatMap(([t, v]): Sample[] => {
    if (t < range.start * 1000 || t > range.end * 1000) return [];
    if (v !== null) return [[t / 1000, String(v)]];
    return facts.signal.startsWith('latency_') ? [[t / 1000, 'NaN']] : [];
  });
}

/**
 * `timestamp(ALERTS{alertstate="firing"…})` over the window: at each step, the time of the last
 * rule evaluation that found the alert firing (rules run every EVALUATION_SECONDS).
 */
function historySeries(query: string, range: { start: number; end: number; step: number }) {
  const model = /model="([^"]*)"/.exec(query)?.[1];
  const evaluation = EVALUATION_SECONDS;
  return HISTORY_FACTS.filter((a) => model === undefined || a.model === model).map((a) => {
    const values: Sample[] = [];
    for (let t = range.start; t <= range.end; t += range.step) {
      const evaluated = Math.floor(t / evaluation) * evaluation;
      const firing = evaluated * 1000 >= a.from && (a.to === undefined || evaluated * 1000 < a.to);
      if (firing) values.push([t, String(evaluated)]);
    }
    return { metric: { ...a.labels, alertstate: 'firing' }, values };
  });
}

function queryRange(params: URLSearchParams): Response {
  const query = params.get('query') ?? '';
  const [start = 0, end = 0, step = 1] = ['start', 'end', 'step'].map((name) => Number(params.get(name)));
  if (query.startsWith('timestamp(ALERTS{')) return matrix(historySeries(query, { start, end, step }));
  const facts = SERIES_FACTS.filter((f) => servingQuery(settings, f.target, f.signal, step).query === query);
  return matrix(facts.map((f) => ({ metric: {}, values: servingSamples(f, { start, end }) })));
}

/** A Prometheus that knows only the facts: `query_range` (GET and POST) and `/api/v1/alerts`. */
export function prometheusHandlers(base = PROMETHEUS_PARITY_URL): HttpHandler[] {
  return [
    http.get(`${base}/api/v1/query_range`, ({ request }) => queryRange(new URL(request.url).searchParams)),
    http.post(`${base}/api/v1/query_range`, async ({ request }) =>
      queryRange(new URLSearchParams(await request.text())),
    ),
    http.get(`${base}/api/v1/alerts`, () =>
      HttpResponse.json({
        status: 'success',
        data: {
          alerts: ALERT_FACTS.map((a) => ({
            labels: a.labels,
            annotations: { summary: a.summary, ...(a.description ? { description: a.description } : {}) },
            state: 'firing',
            activeAt: new Date(a.startsAt).toISOString(),
            value: '1e+00',
          })),
        },
      }),
    ),
  ];
}
