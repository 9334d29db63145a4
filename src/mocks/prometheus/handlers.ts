import { http, HttpResponse, type HttpHandler } from 'msw';
import { DEMO_PROMETHEUS_URL } from '../../sources/demo/demo-base-url';
import { createDemoFleet, type FleetOptions } from '../fleet/fleet';
import { createDemoSeriesStore, DEMO_METRICS, DEMO_SCRAPE_SECONDS } from './demo-series';
import { evaluate, type StoredSeries } from './promql-eval';
import { parsePromql, PromqlError } from './promql-parse';
import { answer, instantData, matrixData, sampleValue, success } from './wire';

const MAX_POINTS = 11_000;

/** GET's query string, or a POST's form (Prometheus accepts both for every endpoint here). */
async function paramsOf(request: Request): Promise<URLSearchParams> {
  const url = new URL(request.url);
  if (request.method !== 'POST') return url.searchParams;
  const form = new URLSearchParams(await request.text());
  for (const [key, value] of url.searchParams) form.append(key, value);
  return form;
}

/** Prometheus's times: float seconds or RFC 3339. */
function timeParam(params: URLSearchParams, name: string, fallback?: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') {
    if (fallback !== undefined) return fallback;
    throw new PromqlError('bad_data', `invalid parameter "${name}": cannot parse "" to a valid timestamp`);
  }
  const ms = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) * 1000 : Date.parse(raw);
  if (!Number.isFinite(ms))
    throw new PromqlError(
      'bad_data',
      `invalid parameter "${name}": cannot parse "${raw}" to a valid timestamp`,
    );
  return ms;
}

function query(params: URLSearchParams): string {
  const q = params.get('query');
  if (q === null || q.trim() === '')
    throw new PromqlError(
      'bad_data',
      'invalid parameter "query": 1:1: parse error: no expression found in input',
    );
  return q;
}

/** `match[]` selectors: series that match any of them (all series when none is given). */
function matched(store: ReturnType<typeof createDemoSeriesStore>, params: URLSearchParams): StoredSeries[] {
  const selectors = params.getAll('match[]');
  if (selectors.length === 0) return store.all();
  const seen = new Set<StoredSeries>();
  for (const text of selectors) {
    const node = parsePromql(text);
    if (node.t !== 'sel' || node.rangeMs !== undefined)
      throw new PromqlError(
        'bad_data',
        `invalid parameter "match[]": 1:1: parse error: expected vector selector`,
      );
    for (const s of store.select(node.matchers)) seen.add(s);
  }
  return [...seen];
}

function limited(values: string[], params: URLSearchParams): Response {
  const limit = Number(params.get('limit') ?? 0);
  const sorted = [...new Set(values)].sort();
  if (limit > 0 && sorted.length > limit)
    return success(sorted.slice(0, limit), ['results truncated due to limit']);
  return success(sorted);
}

/** A raw range vector at an instant: the samples a scrape every 15 s would hold. */
function rawSamples(series: StoredSeries[], rangeMs: number, t: number): unknown {
  const stepMs = DEMO_SCRAPE_SECONDS * 1000;
  return series.map((s) => {
    const values: [number, string][] = [];
    for (let u = Math.floor((t - rangeMs) / stepMs) * stepMs + stepMs; u <= t; u += stepMs) {
      const v = s.valueAt(u);
      if (v !== null) values.push([u / 1000, sampleValue(v)]);
    }
    return { metric: s.labels, values };
  });
}

/**
 * A Prometheus server in MSW over the demo fleet (the sightline metric names): `query`,
 * `query_range`, `labels`, `label/<name>/values`, `series`, `metadata` and `status/buildinfo`,
 * GET or POST, with Prometheus's limits (11,000 points a series) and error shape. It evaluates the
 * PromQL subset in promql-eval.ts and says what it cannot evaluate in that same shape.
 */
export function createPrometheusMockHandlers(
  options: FleetOptions,
  baseUrl: string = DEMO_PROMETHEUS_URL,
): HttpHandler[] {
  let store: ReturnType<typeof createDemoSeriesStore> | undefined;
  const demo = (): ReturnType<typeof createDemoSeriesStore> =>
    (store ??= createDemoSeriesStore(createDemoFleet(options)));
  const base = /^https?:\/\//.test(baseUrl) ? baseUrl : `*${baseUrl}`;
  const route = (path: string): string => `${base}/api/v1${path}`;
  const now = (): number => Math.max(options.now, Date.now());

  const instant = async (request: Request): Promise<Response> =>
    answer(async () => {
      const params = await paramsOf(request);
      const t = timeParam(params, 'time', now());
      const value = evaluate(parsePromql(query(params)), [t], demo());
      return success(instantData(value, t, (range) => rawSamples(range.series, range.rangeMs, t)));
    });

  const range = async (request: Request): Promise<Response> =>
    answer(async () => {
      const params = await paramsOf(request);
      const start = timeParam(params, 'start');
      const end = timeParam(params, 'end');
      const step = Number(params.get('step'));
      if (!(step > 0))
        throw new PromqlError(
          'bad_data',
          'invalid parameter "step": zero or negative query resolution step widths are not accepted. Try a positive integer',
        );
      if (end < start)
        throw new PromqlError(
          'bad_data',
          'invalid parameter "end": end timestamp must not be before start time',
        );
      if ((end - start) / (step * 1000) > MAX_POINTS)
        throw new PromqlError(
          'bad_data',
          'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)',
        );
      const times: number[] = [];
      for (let t = start; t <= end; t += step * 1000) times.push(t);
      return success(matrixData(evaluate(parsePromql(query(params)), times, demo()), times));
    });

  const labels = async (request: Request): Promise<Response> =>
    answer(async () => {
      const params = await paramsOf(request);
      return limited(
        matched(demo(), params).flatMap((s) => Object.keys(s.labels)),
        params,
      );
    });

  const values = async (request: Request, name: string): Promise<Response> =>
    answer(async () => {
      const params = await paramsOf(request);
      return limited(
        matched(demo(), params).flatMap((s) => (s.labels[name] === undefined ? [] : [s.labels[name]])),
        params,
      );
    });

  const series = async (request: Request): Promise<Response> =>
    answer(async () => {
      const params = await paramsOf(request);
      if (params.getAll('match[]').length === 0)
        throw new PromqlError('bad_data', 'no match[] parameter provided');
      return success(matched(demo(), params).map((s) => s.labels));
    });

  return [
    http.get(route('/query'), ({ request }) => instant(request)),
    http.post(route('/query'), ({ request }) => instant(request)),
    http.get(route('/query_range'), ({ request }) => range(request)),
    http.post(route('/query_range'), ({ request }) => range(request)),
    http.get(route('/labels'), ({ request }) => labels(request)),
    http.post(route('/labels'), ({ request }) => labels(request)),
    http.get<{ name: string }>(route('/label/:name/values'), ({ request, params }) =>
      values(request, params.name),
    ),
    http.get(route('/series'), ({ request }) => series(request)),
    http.post(route('/series'), ({ request }) => series(request)),
    http.get(route('/metadata'), () =>
      success(
        Object.fromEntries(
          Object.entries(DEMO_METRICS).map(([name, help]) => [name, [{ ...help, unit: '' }]]),
        ),
      ),
    ),
    http.get(route('/status/buildinfo'), () =>
      success({ version: '2.53.0-sightline-demo', revision: 'demo', branch: 'demo', goVersion: 'none' }),
    ),
    http.all(
      `${base}/*`,
      () =>
        new HttpResponse('404 page not found\n', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
    ),
  ];
}
