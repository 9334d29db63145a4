import { delay, getResponse, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { holdRequestsUntil, requestJson, type JsonRequest } from './http';
import { errorWire } from './rest/schemas';
import { SourceError, type SourceErrorKind } from './source-error';

const BASE = 'http://sightline.test:8080/api';
const URL_MODELS = `${BASE}/registry/models`;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const pageSchema = z.object({
  items: z.array(
    z.object({ name: z.string(), health: z.object({ status: z.enum(['healthy', 'critical']) }) }),
  ),
});

function request(
  overrides: Partial<JsonRequest<typeof pageSchema>> = {},
): Promise<z.output<typeof pageSchema>> {
  return requestJson({
    source: 'Prod registry',
    url: URL_MODELS,
    endpoint: 'GET /registry/models',
    schema: pageSchema,
    signal: new AbortController().signal,
    describeError: (body) => errorWire.safeParse(body).data?.error.message,
    ...overrides,
  });
}

/** The SourceError a request failed with; fails the test when it succeeded or threw something else. */
async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

const GOOD_PAGE = { items: [{ name: 'churn-predictor', health: { status: 'critical' } }] };

describe('requestJson', () => {
  it('returns the parsed payload of a valid answer', async () => {
    server.use(http.get(URL_MODELS, () => HttpResponse.json(GOOD_PAGE)));
    await expect(request()).resolves.toEqual(GOOD_PAGE);
  });

  it('sends the query string, Accept: application/json and the caller’s headers', async () => {
    let seen: Request | undefined;
    server.use(
      http.get(URL_MODELS, ({ request: r }) => {
        seen = r;
        return HttpResponse.json(GOOD_PAGE);
      }),
    );
    await request({
      query: new URLSearchParams([
        ['team', 'growth'],
        ['team', 'risk'],
      ]),
      headers: { Authorization: 'Bearer s3cret' },
    });
    expect(new URL(seen!.url).searchParams.getAll('team')).toEqual(['growth', 'risk']);
    expect(seen!.headers.get('accept')).toBe('application/json');
    expect(seen!.headers.get('authorization')).toBe('Bearer s3cret');
  });

  it('adds no "?" for an empty query', async () => {
    let url = '';
    server.use(
      http.get(URL_MODELS, ({ request: r }) => {
        url = r.url;
        return HttpResponse.json(GOOD_PAGE);
      }),
    );
    await request({ query: new URLSearchParams() });
    expect(url).toBe(URL_MODELS);
  });

  it('names the source, the endpoint and the path of the bad field of a malformed answer', async () => {
    server.use(
      http.get(URL_MODELS, () =>
        HttpResponse.json({ items: [GOOD_PAGE.items[0], { name: 'fraud', health: { status: 'on fire' } }] }),
      ),
    );
    const error = await failure(request());
    expect(error.kind).toBe('schema');
    expect(error.field).toBe('items.1.health.status');
    expect(error.message).toContain('Prod registry');
    expect(error.message).toContain('GET /registry/models');
    expect(error.message).toContain('"items.1.health.status"');
    expect(error.source).toBe('Prod registry');
    expect(error.endpoint).toBe('GET /registry/models');
    expect(error.retryable).toBe(false);
  });

  it('calls a payload of the wrong type at the top "(root)"', async () => {
    server.use(http.get(URL_MODELS, () => HttpResponse.json([1, 2, 3])));
    const error = await failure(request());
    expect(error.kind).toBe('schema');
    expect(error.field).toBe('(root)');
  });

  it('says a 200 that is not JSON (a web page) is not JSON', async () => {
    server.use(
      http.get(URL_MODELS, () => HttpResponse.html('<!doctype html><html><body>Sign in</body></html>')),
    );
    const error = await failure(request());
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/not JSON/);
    expect(error.hint).toMatch(/URL points at the API/);
  });

  it('treats an empty 200 as not JSON', async () => {
    server.use(http.get(URL_MODELS, () => new HttpResponse(null, { status: 200 })));
    expect((await failure(request())).message).toMatch(/not JSON/);
  });

  it.each([
    [404, 'NOT_FOUND', 'No registered model is named "nope".', /does not know this path/, false],
    [401, 'UNAUTHENTICATED', 'Token expired.', /add a token/, false],
    [403, 'FORBIDDEN', 'Role sre may not read the registry.', /not be allowed/, false],
    [500, 'INTERNAL', 'Database unavailable.', /server failed/, true],
  ] as const)(
    'turns a %i into an http error with the backend’s message and a hint',
    async (status, code, message, hint, retryable) => {
      server.use(http.get(URL_MODELS, () => HttpResponse.json({ error: { code, message } }, { status })));
      const error = await failure(request());
      expect(error.kind).toBe('http');
      expect(error.status).toBe(status);
      expect(error.message).toBe(`Prod registry answered ${status} to GET /registry/models: ${message}`);
      expect(error.hint).toMatch(hint);
      expect(error.retryable).toBe(retryable);
    },
  );

  it('falls back to the status text when the error body is not the backend’s error shape', async () => {
    server.use(
      http.get(URL_MODELS, () =>
        HttpResponse.text('upstream connect error', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    const error = await failure(request());
    expect(error.kind).toBe('http');
    expect(error.message).toBe('Prod registry answered 502 to GET /registry/models: Bad Gateway');
    expect(error.retryable).toBe(true);
  });

  it('reports a connection that fails as a network error naming the source', async () => {
    server.use(http.get(URL_MODELS, () => HttpResponse.error()));
    const error = await failure(request());
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach Prod registry for GET /registry/models.');
    expect(error.hint).toMatch(/CORS/);
    expect(error.retryable).toBe(true);
  });

  it('gives up on a slow answer after timeoutMs and says after how many seconds', async () => {
    server.use(
      http.get(URL_MODELS, async () => {
        await delay(2_000);
        return HttpResponse.json(GOOD_PAGE);
      }),
    );
    const error = await failure(request({ timeoutMs: 100 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('Prod registry did not answer GET /registry/models within 0.1 s.');
    expect(error.retryable).toBe(true);
  });

  it('lets a caller’s abort propagate as an AbortError, not a SourceError', async () => {
    server.use(
      http.get(URL_MODELS, async () => {
        await delay(2_000);
        return HttpResponse.json(GOOD_PAGE);
      }),
    );
    const controller = new AbortController();
    const pending = request({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('POSTs JSON with Content-Type: application/json', async () => {
    let contentType: string | null = null;
    let body: unknown;
    server.use(
      http.post(`${BASE}/operations/retraining`, async ({ request: r }) => {
        contentType = r.headers.get('content-type');
        body = await r.json();
        return HttpResponse.json(GOOD_PAGE);
      }),
    );
    await request({
      method: 'POST',
      url: `${BASE}/operations/retraining`,
      endpoint: 'POST /operations/retraining',
      json: { modelName: 'churn-predictor', reason: 'Drift' },
    });
    expect(contentType).toBe('application/json');
    expect(body).toEqual({ modelName: 'churn-predictor', reason: 'Drift' });
  });

  it('POSTs a form urlencoded', async () => {
    let contentType: string | null = null;
    let body = '';
    server.use(
      http.post(`${BASE}/query`, async ({ request: r }) => {
        contentType = r.headers.get('content-type');
        body = await r.text();
        return HttpResponse.json(GOOD_PAGE);
      }),
    );
    await request({
      method: 'POST',
      url: `${BASE}/query`,
      endpoint: 'POST /query',
      form: new URLSearchParams({ query: 'sum(rate(x[5m]))', time: '1795780800' }),
    });
    expect(contentType).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(body).get('query')).toBe('sum(rate(x[5m]))');
  });
});

describe('SourceError.retryable', () => {
  const error = (kind: SourceErrorKind, status?: number): SourceError =>
    new SourceError({ kind, status, source: 's', endpoint: 'GET /x', message: 'm' });

  it('is true where trying again can help: network, timeout, 5xx, 408 and 429', () => {
    expect(error('network').retryable).toBe(true);
    expect(error('timeout').retryable).toBe(true);
    for (const status of [500, 502, 503, 504, 408, 429]) expect(error('http', status).retryable).toBe(true);
  });

  it('is false where it cannot: other 4xx, schema, unsupported, query', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(error('http', status).retryable).toBe(false);
    expect(error('schema').retryable).toBe(false);
    expect(error('unsupported').retryable).toBe(false);
    expect(error('query').retryable).toBe(false);
  });
});

describe('requests held while an in-page backend starts', () => {
  afterEach(() => holdRequestsUntil(Promise.resolve()));

  it('sends nothing until the backend has started, then answers', async () => {
    let requests = 0;
    server.use(
      http.get(URL_MODELS, () => {
        requests += 1;
        return HttpResponse.json({ items: [] });
      }),
    );
    let started!: () => void;
    holdRequestsUntil(new Promise<void>((resolve) => (started = resolve)));
    const answer = request();
    await delay(20);
    expect(requests).toBe(0);
    started();
    await expect(answer).resolves.toEqual({ items: [] });
    expect(requests).toBe(1);
  });

  it('fails each request naming the source when the backend could not start', async () => {
    holdRequestsUntil(Promise.reject(new Error('the demo could not be generated')));
    const error = await failure(request());
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Prod registry could not start: the demo could not be generated.');
  });
});

describe('a backend that answers in the page', () => {
  afterEach(() => holdRequestsUntil(Promise.resolve()));
  /** An in-page backend made of MSW handlers, as the demo's is; the network server answers the rest. */
  const inPage = (...handlers: Parameters<typeof getResponse>[0]) =>
    holdRequestsUntil(Promise.resolve((r: Request) => getResponse(handlers, r)));

  it('answers what it knows without the network, and lets everything else through', async () => {
    let networkRequests = 0;
    server.use(
      http.get(URL_MODELS, () => {
        networkRequests += 1;
        return HttpResponse.json({ items: [] });
      }),
    );
    inPage(
      http.get(URL_MODELS, ({ request: r }) =>
        new URL(r.url).searchParams.has('q') ? HttpResponse.json(GOOD_PAGE) : undefined,
      ),
    );
    await expect(request({ query: new URLSearchParams({ q: 'churn' }) })).resolves.toEqual(GOOD_PAGE);
    expect(networkRequests).toBe(0);
    await expect(request()).resolves.toEqual({ items: [] });
    expect(networkRequests).toBe(1);
  });

  it('reports an error response as a connection that failed, as fetch would', async () => {
    inPage(http.get(URL_MODELS, () => HttpResponse.error()));
    const error = await failure(request());
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach Prod registry for GET /registry/models.');
  });

  it('times out an answer that never comes, naming the endpoint', async () => {
    inPage(http.get(URL_MODELS, () => new Promise<never>(() => undefined)));
    const error = await failure(request({ timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('Prod registry did not answer GET /registry/models within 0.1 s.');
  });
});
