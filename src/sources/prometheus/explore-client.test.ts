import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPrometheusMockHandlers } from '../../mocks/prometheus/handlers';
import type { Explore } from '../explore-capability';
import { createPrometheusSource } from './prometheus-source';

const BASE = 'http://prometheus.test:9090';
const DEMO = 'http://demo-prometheus.test';
const END = Date.UTC(2026, 10, 27, 12, 0, 0);
const HOUR = 3_600_000;

const server = setupServer(
  ...createPrometheusMockHandlers({ fleetSize: 30, seed: 20_261_127, now: END }, DEMO),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const exploreOf = (url = BASE): Explore => {
  const explore = createPrometheusSource({ id: 'prom', kind: 'prometheus', name: 'Prod Prometheus', url })
    .capabilities.explore;
  if (!explore) throw new Error('no explore');
  return explore;
};
const signal = (): AbortSignal => new AbortController().signal;
const answering = (path: string, body: Record<string, unknown>, status = 200): void =>
  server.use(http.get(`${BASE}/api/v1/${path}`, () => HttpResponse.json(body, { status })));

describe('Explore against Prometheus’s wire format', () => {
  it('maps each instant result type: vector, scalar and string', async () => {
    // Payloads as Prometheus 2.53 answers `up`, `scalar(1)` and `"hello"`.
    answering('query', {
      status: 'success',
      data: {
        resultType: 'vector',
        result: [{ metric: { __name__: 'up', job: 'api' }, value: [1795329660.5, '1'] }],
      },
    });
    expect(await exploreOf().instantQuery('up', END, signal())).toEqual({
      kind: 'vector',
      series: [{ labels: { __name__: 'up', job: 'api' }, points: [[1795329660500, 1]] }],
      warnings: [],
    });
    answering('query', { status: 'success', data: { resultType: 'scalar', result: [1795329660, 'NaN'] } });
    expect(await exploreOf().instantQuery('scalar(up)', END, signal())).toMatchObject({
      kind: 'scalar',
      value: null,
    });
    answering('query', { status: 'success', data: { resultType: 'string', result: [1795329660, 'hello'] } });
    expect(await exploreOf().instantQuery('"hello"', END, signal())).toMatchObject({
      kind: 'string',
      value: 'hello',
    });
  });

  it('keeps Prometheus’s own words, with the position, for a syntax error', async () => {
    answering(
      'query_range',
      {
        status: 'error',
        errorType: 'bad_data',
        error: 'invalid parameter "query": 1:16: parse error: unexpected end of input',
      },
      400,
    );
    const failure = exploreOf().rangeQuery('sum(rate(x[5m])', { from: END - HOUR, to: END }, 60, signal());
    await expect(failure).rejects.toMatchObject({
      kind: 'query',
      message: expect.stringContaining('1:16: parse error: unexpected end of input') as string,
      hint: 'Fix the expression where it is marked, then run it again.',
    });
  });

  it('says how to make a query cheaper when the server runs out of time', async () => {
    answering(
      'query_range',
      { status: 'error', errorType: 'timeout', error: 'query timed out in expression evaluation' },
      503,
    );
    await expect(
      exploreOf().rangeQuery('up', { from: END - HOUR, to: END }, 60, signal()),
    ).rejects.toMatchObject({
      kind: 'timeout',
      message: 'Prod Prometheus ran out of time on this query.',
      hint: expect.stringContaining('a shorter range, a larger step') as string,
    });
  });

  it('caps the metric names it fetches, and copes with a server without metadata endpoints', async () => {
    server.use(
      http.get(`${BASE}/api/v1/label/__name__/values`, ({ request }) => {
        const limit = Number(new URL(request.url).searchParams.get('limit'));
        return HttpResponse.json({ status: 'success', data: ['a', 'b', 'c', 'd'].slice(0, limit) });
      }),
    );
    expect(await exploreOf().metricNames(3, signal())).toEqual({ names: ['a', 'b', 'c'], truncated: true });
    server.use(
      http.get(
        `${BASE}/api/v1/label/__name__/values`,
        () => new HttpResponse('404 page not found', { status: 404 }),
      ),
    );
    const none = await exploreOf().metricNames(3, signal());
    expect(none.names).toEqual([]);
    expect(none.unavailable).toMatch(/lists no metric names/);
  });
});

describe('Explore against the demo’s Prometheus', () => {
  const window = { from: END - 6 * HOUR, to: END };

  it('answers each template for a story model with series', async () => {
    const explore = exploreOf(DEMO);
    const templates = await explore.templates('dynamic-pricing', signal());
    expect(templates.map((t) => t.id)).toEqual([
      'latency_by_deployment',
      'errors_by_code',
      'drift_by_feature',
    ]);
    for (const template of templates) {
      const result = await explore.rangeQuery(template.expr, window, 300, signal());
      expect(result.kind).toBe('matrix');
      if (result.kind === 'matrix') expect(result.series.length).toBeGreaterThan(0);
    }
  });

  it('offers the metric names, labels and values it holds', async () => {
    const explore = exploreOf(DEMO);
    expect((await explore.metricNames(100, signal())).names).toContain('model_requests_total');
    expect(await explore.labelNames(signal(), 'model_requests_total')).toEqual(
      expect.arrayContaining(['code', 'deployment', 'model']),
    );
    expect(await explore.labelValues('code', signal(), 'model_requests_total')).toEqual([
      '200',
      '500',
      '503',
    ]);
  });

  it('says what it cannot evaluate in Prometheus’s error shape', async () => {
    await expect(
      exploreOf(DEMO).instantQuery('predict_linear(up[1h], 60)', END, signal()),
    ).rejects.toMatchObject({
      kind: 'query',
      message: expect.stringContaining('cannot evaluate predict_linear()') as string,
    });
  });
});
