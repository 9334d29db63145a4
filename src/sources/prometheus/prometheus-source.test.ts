import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionConfig } from '../connection-config';
import { createPrometheusSource } from './prometheus-source';

const BASE = 'http://prometheus.test:9090';
const END = Date.UTC(2026, 10, 27, 12, 0, 0);
const HOUR = 3_600_000;

/** What Prometheus 2.42 answers to query_range, and the parameters it was asked with. */
const asked: URLSearchParams[] = [];
const methods: string[] = [];
const matrix = (values: [number, string][]) =>
  HttpResponse.json({ status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values }] } });

const server = setupServer(
  http.get(`${BASE}/api/v1/query_range`, ({ request }) => {
    asked.push(new URL(request.url).searchParams);
    methods.push('GET');
    return matrix([[END / 1000, '0.12']]);
  }),
  http.post(`${BASE}/api/v1/query_range`, async ({ request }) => {
    asked.push(new URLSearchParams(await request.text()));
    methods.push('POST');
    return matrix([[END / 1000, '0.12']]);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  asked.length = 0;
  methods.length = 0;
});
afterAll(() => server.close());

const connection: ConnectionConfig = {
  id: 'prom',
  kind: 'prometheus',
  name: 'Prod Prometheus',
  url: `${BASE}/`,
};
const metricsOf = (c: ConnectionConfig = connection) => {
  const metrics = createPrometheusSource(c).capabilities.metrics;
  if (!metrics) throw new Error('no metrics');
  return metrics;
};
const signal = () => new AbortController().signal;
const target = { model: 'dynamic-pricing', deployment: 'dynamic-pricing-production' };

describe('query_range requests', () => {
  it('aligns start and end to the step, sends seconds, and returns the query it ran', async () => {
    const window = { from: END - 6 * HOUR + 7_000, to: END + 59_000 };
    const result = await metricsOf().serving(target, 'latency_p95', { window, stepSeconds: 60 }, signal());
    const params = asked[0];
    expect(methods).toEqual(['GET']);
    expect(params?.get('start')).toBe(String((END - 6 * HOUR) / 1000));
    expect(params?.get('end')).toBe(String(END / 1000));
    expect(params?.get('step')).toBe('60');
    expect(params?.get('query')).toBe(result.query);
    expect(result).toEqual({
      query:
        'histogram_quantile(0.95, sum by (le) (rate(model_request_duration_seconds_bucket{model="dynamic-pricing",deployment="dynamic-pricing-production"}[240s])))',
      stepSeconds: 60,
      series: [{ label: 'p95 latency', unit: 'seconds', points: [[END, 0.12]], labels: {} }],
    });
  });

  it('widens a step that would exceed 11,000 points', async () => {
    const window = { from: END - 7 * 24 * HOUR, to: END };
    const result = await metricsOf().serving(target, 'throughput', { window, stepSeconds: 15 }, signal());
    expect(result.stepSeconds).toBe(60);
    expect(asked[0]?.get('step')).toBe('60');
  });

  it('sends a query longer than 1,500 characters as a POST form', async () => {
    const long = `sum(rate(model_requests_total{{{selector}}}[{{rate}}]))${' + 0'.repeat(400)}`;
    const metrics = metricsOf({ ...connection, options: { queries: { throughput: long } } });
    const result = await metrics.serving(
      target,
      'throughput',
      { window: { from: END - HOUR, to: END }, stepSeconds: 60 },
      signal(),
    );
    expect(methods).toEqual(['POST']);
    expect(asked[0]?.get('query')).toBe(result.query);
    expect(asked[0]?.get('step')).toBe('60');
  });

  it('sends the token as a bearer header', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${BASE}/api/v1/query_range`, ({ request }) => {
        authorization = request.headers.get('Authorization');
        return matrix([]);
      }),
    );
    await metricsOf({ ...connection, token: 's3cret' }).serving(
      target,
      'throughput',
      { window: { from: END - HOUR, to: END }, stepSeconds: 60 },
      signal(),
    );
    expect(authorization).toBe('Bearer s3cret');
  });
});

describe('errors, named with the connection', () => {
  const run = () =>
    metricsOf().serving(
      target,
      'error_rate',
      { window: { from: END - HOUR, to: END }, stepSeconds: 60 },
      signal(),
    );

  it("shows Prometheus's own message for a rejected query, and the setting to fix", async () => {
    server.use(
      http.get(`${BASE}/api/v1/query_range`, () =>
        HttpResponse.json(
          {
            status: 'error',
            errorType: 'bad_data',
            error: 'invalid parameter "query": 1:83: parse error: unexpected "}"',
          },
          { status: 400 },
        ),
      ),
    );
    await expect(run()).rejects.toMatchObject({
      kind: 'query',
      status: 400,
      source: 'Prod Prometheus',
      message:
        'Prod Prometheus rejected the error rate query: invalid parameter "query": 1:83: parse error: unexpected "}"',
      hint: 'Prometheus says: invalid parameter "query": 1:83: parse error: unexpected "}". Check options.queries.error_rate in the connection\'s settings.',
    });
  });

  it('keeps an overloaded server (503 timeout) an HTTP error that may be retried', async () => {
    server.use(
      http.get(`${BASE}/api/v1/query_range`, () =>
        HttpResponse.json(
          { status: 'error', errorType: 'timeout', error: 'query timed out in expression evaluation' },
          { status: 503 },
        ),
      ),
    );
    const error = await run().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 503, retryable: true });
    expect((error as Error).message).toContain('query timed out in expression evaluation');
  });

  it('401: asks for a token', async () => {
    server.use(
      http.get(`${BASE}/api/v1/query_range`, () => new HttpResponse('Unauthorized', { status: 401 })),
    );
    await expect(run()).rejects.toMatchObject({
      kind: 'http',
      status: 401,
      hint: 'Prod Prometheus wants credentials: add a bearer token to the connection.',
    });
  });

  it('404 or a web page: says which URL to use', async () => {
    server.use(
      http.get(
        `${BASE}/api/v1/query_range`,
        () => new HttpResponse('<html>404 page not found</html>', { status: 404 }),
      ),
    );
    await expect(run()).rejects.toMatchObject({
      status: 404,
      hint: expect.stringContaining('base URL') as unknown,
    });
    server.use(
      http.get(`${BASE}/api/v1/query_range`, () =>
        HttpResponse.html('<!doctype html><title>Grafana</title>'),
      ),
    );
    await expect(run()).rejects.toMatchObject({
      kind: 'schema',
      hint: expect.stringContaining('a web page?') as unknown,
    });
  });

  it('network failure: could not reach the connection', async () => {
    server.use(http.get(`${BASE}/api/v1/query_range`, () => HttpResponse.error()));
    await expect(run()).rejects.toMatchObject({
      kind: 'network',
      message: 'Could not reach Prod Prometheus for GET /api/v1/query_range.',
    });
  });

  it('a malformed matrix names the field', async () => {
    server.use(
      http.get(`${BASE}/api/v1/query_range`, () =>
        HttpResponse.json({ status: 'success', data: { resultType: 'vector', result: [] } }),
      ),
    );
    await expect(run()).rejects.toMatchObject({ kind: 'schema', field: 'data.resultType' });
  });

  it('a bad option fails the query with its name, and the check says so', async () => {
    const bad = { ...connection, options: { preset: 'triton' } };
    await expect(
      metricsOf(bad).serving(
        target,
        'throughput',
        { window: { from: END - HOUR, to: END }, stepSeconds: 60 },
        signal(),
      ),
    ).rejects.toMatchObject({ kind: 'unsupported', field: 'options.preset' });
    const check = await createPrometheusSource(bad).check(signal());
    expect(check).toMatchObject({ ok: false, steps: [{ label: 'Settings', ok: false }] });
  });
});
