import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isSourceError, type SourceError } from '../source-error';
import { checkLoki } from './check';
import {
  JSON_ERROR_ANSWER,
  LABELS_ANSWER,
  LEVEL_VALUES_ANSWER,
  MATRIX_ANSWER,
  NO_LABELS_ANSWER,
  NO_ORG_ID_TEXT,
  PARSE_ERROR_TEXT,
  STREAMS_ANSWER,
} from './fixtures';
import { createLokiClient } from './loki-client';
import { createLokiSource } from './loki-source';

const URL = 'http://loki.test';
const API = `${URL}/loki/api/v1`;
const server = setupServer();
const signal = new AbortController().signal;
const window = { from: 1_795_777_200_000, to: 1_795_780_800_000 };
const logs = (options: Record<string, unknown> = {}) =>
  createLokiSource({ id: 'logs', kind: 'loki', name: 'Team Loki', url: `${URL}/`, options }).capabilities
    .logs!;

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isSourceError(error)) throw new Error(`expected a SourceError, got ${String(error)}`);
  return error;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the Loki source', () => {
  it('asks query_range in nanoseconds with limit, step and direction, and merges streams newest first', async () => {
    let asked: URLSearchParams | undefined;
    let tenant: string | null = null;
    server.use(
      http.get(`${API}/query_range`, ({ request }) => {
        asked = new globalThis.URL(request.url).searchParams;
        tenant = request.headers.get('X-Scope-OrgID');
        return HttpResponse.json(STREAMS_ANSWER);
      }),
    );
    const result = await logs({ tenant: 'ml-team' }).queryRange(
      '{app="model-serving"}',
      window,
      { limit: 100, stepSeconds: 60 },
      signal,
    );
    expect(Object.fromEntries(asked ?? [])).toEqual({
      query: '{app="model-serving"}',
      start: '1795777200000000000',
      end: '1795780800000000000',
      limit: '100',
      step: '60s',
      direction: 'backward',
    });
    expect(tenant).toBe('ml-team');
    if (result.kind !== 'streams') throw new Error('expected streams');
    // The error line is 1 ns newer than the info line of the same millisecond.
    expect(result.lines.map((l) => [l.ns, l.labels.level])).toEqual([
      ['1795780800500000001', 'error'],
      ['1795780800500000000', 'info'],
      ['1795780740250000000', 'info'],
    ]);
    expect(result.lines[0]?.t).toBe(1_795_780_800_500);
    expect(result.lines[0]?.line).toContain('feature store timeout');
    expect(new Set(result.lines.map((l) => l.id)).size).toBe(3);
  });

  it('caps the limit at the connection’s maxLines', async () => {
    let limit: string | null = null;
    server.use(
      http.get(`${API}/query_range`, ({ request }) => {
        limit = new globalThis.URL(request.url).searchParams.get('limit');
        return HttpResponse.json(STREAMS_ANSWER);
      }),
    );
    await logs({ maxLines: 50 }).queryRange('{app="x"}', window, { limit: 1000, stepSeconds: 60 }, signal);
    expect(limit).toBe('50');
  });

  it('reads a metric query as series in milliseconds', async () => {
    server.use(http.get(`${API}/query_range`, () => HttpResponse.json(MATRIX_ANSWER)));
    const result = await logs().queryRange(
      'sum by (level) (count_over_time({app="x"} [60s]))',
      window,
      { limit: 100, stepSeconds: 60 },
      signal,
    );
    expect(result).toEqual({
      kind: 'matrix',
      stepSeconds: 60,
      warnings: [],
      series: [
        {
          labels: { level: 'error' },
          points: [
            [1_795_780_740_000, 2],
            [1_795_780_800_000, 5],
          ],
        },
        { labels: { level: 'info' }, points: [[1_795_780_800_000, 118]] },
      ],
    });
  });

  it('lists label names and values over the window, and an empty list when Loki leaves data out', async () => {
    server.use(
      http.get(`${API}/labels`, ({ request }) =>
        HttpResponse.json(
          new globalThis.URL(request.url).searchParams.get('start') ? LABELS_ANSWER : NO_LABELS_ANSWER,
        ),
      ),
      http.get(`${API}/label/level/values`, () => HttpResponse.json(LEVEL_VALUES_ANSWER)),
    );
    expect(await logs().labelNames(window, signal)).toEqual(['app', 'deployment', 'level', 'model']);
    expect(await logs().labelValues('level', window, signal)).toEqual(['error', 'info', 'warn']);
    server.use(http.get(`${API}/labels`, () => HttpResponse.json(NO_LABELS_ANSWER)));
    expect(await logs().labelNames(window, signal)).toEqual([]);
  });

  it('keeps Loki’s plain-text parse error as a refused query with what to fix', async () => {
    server.use(http.get(`${API}/query_range`, () => new HttpResponse(PARSE_ERROR_TEXT, { status: 400 })));
    const error = await failure(
      logs().queryRange('{app=model}', window, { limit: 10, stepSeconds: 60 }, signal),
    );
    expect(error.kind).toBe('query');
    expect(error.message).toBe(`Team Loki rejected the LogQL query: ${PARSE_ERROR_TEXT}`);
    expect(error.endpoint).toBe('GET /loki/api/v1/query_range');
    expect(error.hint).toMatch(/stream selector/);
  });

  it('reads a JSON refusal, a missing tenant, a web page and a time-out in words', async () => {
    server.use(http.get(`${API}/query_range`, () => HttpResponse.json(JSON_ERROR_ANSWER, { status: 400 })));
    const json = await failure(logs().queryRange('{a="b"}', window, { limit: 10, stepSeconds: 60 }, signal));
    expect(json.message).toContain('zero or negative query resolution step');

    server.use(http.get(`${API}/labels`, () => new HttpResponse(NO_ORG_ID_TEXT, { status: 401 })));
    const tenant = await failure(logs().labelNames(window, signal));
    expect(tenant.message).toContain('no org id');
    expect(tenant.hint).toMatch(/tenant/);

    server.use(http.get(`${API}/labels`, () => HttpResponse.html('<html><body>Grafana</body></html>')));
    const page = await failure(logs().labelNames(window, signal));
    expect(page.kind).toBe('schema');
    expect(page.hint).toMatch(/base URL/);

    server.use(
      http.get(`${API}/query_range`, () => new HttpResponse('context deadline exceeded', { status: 504 })),
    );
    const slow = await failure(logs().queryRange('{a="b"}', window, { limit: 10, stepSeconds: 60 }, signal));
    expect(slow.kind).toBe('timeout');
  });

  it('names a malformed field of the answer', async () => {
    server.use(
      http.get(`${API}/query_range`, () =>
        HttpResponse.json({
          status: 'success',
          data: { resultType: 'streams', result: [{ stream: {}, values: [[1, 'x']] }] },
        }),
      ),
    );
    const error = await failure(logs().queryRange('{a="b"}', window, { limit: 10, stepSeconds: 60 }, signal));
    expect(error.kind).toBe('schema');
    expect(error.field).toBe('data.result.0.values.0.0');
  });

  it('fails every question naming a bad option', async () => {
    const error = await failure(logs({ maxLines: 0 }).labelNames(window, signal));
    expect(error.message).toContain('options.maxLines');
  });

  it('tests the connection with the label names of the last hour', async () => {
    server.use(http.get(`${API}/labels`, () => HttpResponse.json(LABELS_ANSWER)));
    const client = createLokiClient({ name: 'Team Loki', baseUrl: `${URL}/loki/api/v1` });
    const ok = await checkLoki(client, signal, window.to);
    expect(ok.ok).toBe(true);
    expect(ok.summary).toContain('4 label names');
    server.use(http.get(`${API}/labels`, () => HttpResponse.error()));
    const down = await checkLoki(client, signal, window.to);
    expect(down.ok).toBe(false);
    expect(down.summary).toMatch(/Could not reach Team Loki.*same origin/);
  });
});
