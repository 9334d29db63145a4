import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { createMlflowHandlers } from './handlers';
import { createMlflowServer, MLFLOW_TEST_URL } from './node';

const { server, store } = createMlflowServer();
const api = `${MLFLOW_TEST_URL}/api/2.0/mlflow`;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function get(
  path: string,
  params: Record<string, string | string[]> = {},
): Promise<{ status: number; body: unknown }> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of [value].flat()) search.append(key, item);
  }
  const response = await fetch(`${api}/${path}?${search.toString()}`);
  return { status: response.status, body: await response.json() };
}

interface SearchBody {
  registered_models?: {
    name: string;
    tags?: { key: string; value: string }[];
    last_updated_timestamp: number;
  }[];
  next_page_token?: string;
}

describe('the mock MLflow', () => {
  it('holds more than 1,000 models, so paging spans pages of max_results=1000', () => {
    expect(store.models.length).toBeGreaterThan(1000);
  });

  it('answers an empty search with {} (empty lists are omitted)', async () => {
    expect(await get('registered-models/search', { filter: "name = 'no-such-model'" })).toEqual({
      status: 200,
      body: {},
    });
  });

  it('pages 100 at a time by default, with an opaque token only while more remain', async () => {
    const first = (await get('registered-models/search')).body as SearchBody;
    expect(first.registered_models).toHaveLength(100);
    expect(typeof first.next_page_token).toBe('string');
    const names = first.registered_models!.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    const last = (
      await get('registered-models/search', {
        max_results: '1000',
        page_token: btoa(JSON.stringify({ offset: 1000 })),
      })
    ).body as SearchBody;
    expect(last.registered_models).toHaveLength(store.models.length - 1000);
    expect(last.next_page_token).toBeUndefined();
  });

  it('refuses max_results above 1,000 for registered models, as MLflow does', async () => {
    expect(await get('registered-models/search', { max_results: '1001' })).toEqual({
      status: 400,
      body: {
        error_code: 'INVALID_PARAMETER_VALUE',
        message:
          'Invalid value for request parameter max_results. It must be at most 1000, but got value 1001',
      },
    });
  });

  it('filters by name LIKE/ILIKE and by tag, AND-ed', async () => {
    const { body } = await get('registered-models/search', {
      filter: "name ILIKE '%FRAUD%' AND tags.team = 'Risk'",
      max_results: '1000',
    });
    const models = (body as SearchBody).registered_models ?? [];
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) {
      expect(model.name.toLowerCase()).toContain('fraud');
      expect(model.tags).toContainEqual({ key: 'team', value: 'Risk' });
    }
    const caseSensitive = await get('registered-models/search', { filter: "name LIKE '%Fraud%'" });
    expect((caseSensitive.body as SearchBody).registered_models?.map((m) => m.name)).toEqual([
      'Fraud Detector (legacy)',
    ]);
  });

  it('orders by last_updated_timestamp when asked', async () => {
    const { body } = await get('registered-models/search', {
      order_by: 'last_updated_timestamp DESC',
      max_results: '50',
    });
    const times = (body as SearchBody).registered_models!.map((m) => m.last_updated_timestamp);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('explains a filter it cannot parse and an order it cannot do', async () => {
    expect(await get('registered-models/search', { filter: "name = 'a' OR name = 'b'" })).toMatchObject({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE', message: "Invalid clause(s) in filter string: 'OR'" },
    });
    expect(await get('registered-models/search', { filter: "owner = 'ana'" })).toMatchObject({
      status: 400,
      body: { message: 'Invalid attribute name: owner' },
    });
    expect(await get('registered-models/search', { order_by: 'creation_timestamp DESC' })).toMatchObject({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE' },
    });
    expect(await get('registered-models/search', { page_token: 'not base64!' })).toMatchObject({
      status: 400,
      body: { message: 'Invalid page token, could not base64-decode' },
    });
  });

  it('answers 404 RESOURCE_DOES_NOT_EXIST for an unknown model and run', async () => {
    expect(await get('registered-models/get', { name: 'ghost' })).toEqual({
      status: 404,
      body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Registered Model with name=ghost not found' },
    });
    expect(await get('runs/get', { run_id: 'nope' })).toMatchObject({ status: 404 });
    expect(await get('registered-models/get')).toMatchObject({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE' },
    });
  });

  it('serves model versions with aliases, by name and in the order asked', async () => {
    const model = store.models.find((m) => m.aliases.size > 0 && m.versions.length > 2)!;
    const { body } = await get('model-versions/search', {
      filter: `name = '${model.name}'`,
      max_results: '2',
      order_by: 'version_number DESC',
    });
    const page = body as {
      model_versions: { version: string; aliases?: string[] }[];
      next_page_token?: string;
    };
    expect(page.model_versions.map((v) => v.version)).toEqual([
      String(model.versions.length),
      String(model.versions.length - 1),
    ]);
    expect(page.next_page_token).toBeDefined();
    const [alias, version] = [...model.aliases][0]!;
    const aliased = await get('registered-models/alias', { name: model.name, alias });
    const { model_version } = aliased.body as { model_version: { version: string; aliases: string[] } };
    expect(model_version.version).toBe(String(version));
    expect(model_version.aliases).toContain(alias);
    expect(await get('registered-models/alias', { name: model.name, alias: 'nope' })).toEqual({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE', message: 'Registered model alias nope not found.' },
    });
  });

  it('checks Content-Type on POST like MLflow', async () => {
    const missing = await fetch(`${api}/runs/search`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': '' },
    });
    expect(missing.status).toBe(400);
    const wrong = await fetch(`${api}/runs/search`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(await wrong.json()).toEqual({
      error_code: 'INVALID_PARAMETER_VALUE',
      message: "Bad Request. Content-Type must be one of [application/json]. Got 'text/plain'.",
    });
    const run = store.runs.keys().next().value!;
    const ok = await fetch(`${api}/runs/search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        experiment_ids: [String(1 + store.runs.get(run)!.model.index)],
        filter: `attributes.run_id IN ('${run}')`,
      }),
    });
    expect(((await ok.json()) as { runs: unknown[] }).runs).toHaveLength(1);
  });

  it('answers unknown paths with Flask’s HTML 404', async () => {
    const response = await fetch(`${MLFLOW_TEST_URL}/api/2.0/api/2.0/mlflow/registered-models/search`);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toContain('text/html');
  });
});

describe('the mock MLflow 1.x', () => {
  const legacy = createMlflowServer({ int64: 'string', modelCount: 5 });
  it('sends int64 fields as strings', async () => {
    server.close();
    legacy.server.listen({ onUnhandledRequest: 'error' });
    try {
      const { body } = await get('registered-models/search');
      expect(
        typeof (body as { registered_models: { creation_timestamp: unknown }[] }).registered_models[0]!
          .creation_timestamp,
      ).toBe('string');
    } finally {
      legacy.server.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('the mock MLflow served at a relative path, as in the browser demo (`/mlflow`)', () => {
  const handlers = createMlflowHandlers({ baseUrl: '/mlflow', modelCount: 5 });

  it('answers paths under /mlflow, Flask’s 404 included', async () => {
    const search = await getResponse(
      handlers,
      new Request('http://127.0.0.1:5317/mlflow/api/2.0/mlflow/registered-models/search'),
    );
    expect(search?.status).toBe(200);
    const unknown = await getResponse(handlers, new Request('http://127.0.0.1:5317/mlflow/nope'));
    expect(unknown?.status).toBe(404);
  });

  it('leaves alone the app’s own files whose path has "mlflow" in it, such as its MLflow adapter', async () => {
    const module = new Request('http://127.0.0.1:5317/src/sources/mlflow/mlflow-source.ts');
    expect(await getResponse(handlers, module)).toBeUndefined();
  });
});
