import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ModelQuery, Page } from '../../domain/fleet';
import type { ModelSummary } from '../../domain/model';
import { createMlflowServer, MLFLOW_TEST_URL } from '../../mocks/mlflow/node';
import { modelToWire } from '../../mocks/mlflow/wire';
import { createMlflowSource } from './mlflow-source';
import { DEFAULT_MLFLOW_OPTIONS } from './options';
import { registeredModelWire } from './schemas';
import { toModelSummary } from './to-domain';

const { server, store } = createMlflowServer();
const registry = createMlflowSource({ id: 'mlflow', kind: 'mlflow', name: 'MLflow', url: MLFLOW_TEST_URL })
  .capabilities.registry!;
const signal = new AbortController().signal;
const requests: URL[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => void requests.push(new URL(request.url)));
});
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

/** The whole fleet as the source maps it, to say what a filter should return. */
const fleet: ModelSummary[] = store.models.map((m) =>
  toModelSummary(registeredModelWire.parse(modelToWire(m, 'number')), DEFAULT_MLFLOW_OPTIONS),
);
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const query = (change: Partial<ModelQuery> = {}): ModelQuery => ({
  sort: { field: 'name', direction: 'asc' },
  limit: 100,
  ...change,
});

/** Follows nextCursor to the end, as the fleet page's Next button does. */
async function everyPage(first: ModelQuery): Promise<Page<ModelSummary>[]> {
  const pages: Page<ModelSummary>[] = [];
  let cursor: string | undefined;
  do {
    const page = await registry.listModels({ ...first, cursor }, signal);
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 500);
  return pages;
}

describe('MLflow listModels', () => {
  it('hands search, one team, a tag and the sort to MLflow', async () => {
    const page = await registry.listModels(
      query({
        search: 'Fraud',
        teams: ['Risk'],
        tag: 'framework=xgboost',
        sort: { field: 'updatedAt', direction: 'desc' },
        limit: 20,
      }),
      signal,
    );
    const sent = requests[0]!.searchParams;
    expect(requests[0]!.pathname).toBe('/api/2.0/mlflow/registered-models/search');
    expect(sent.get('filter')).toBe(
      "name ILIKE '%Fraud%' AND tags.team = 'Risk' AND tags.framework = 'xgboost'",
    );
    expect(sent.getAll('order_by')).toEqual(['last_updated_timestamp DESC', 'name ASC']);
    expect(sent.get('max_results')).toBe('20');

    const expected = fleet
      .filter(
        (m) => m.name.toLowerCase().includes('fraud') && m.team === 'Risk' && m.tags.framework === 'xgboost',
      )
      .sort((a, b) => b.updatedAt - a.updatedAt || byName(a.name, b.name))
      .slice(0, 20);
    expect(expected.length).toBeGreaterThan(0);
    expect(page.items.map((m) => m.name)).toEqual(expected.map((m) => m.name));
    expect(page.total).toBeUndefined();
  });

  it.each([100, 1000])('pages through all %i-at-a-time, visiting every model exactly once', async (limit) => {
    const pages = await everyPage(query({ limit }));
    const names = pages.flatMap((p) => p.items.map((m) => m.name));
    expect(store.models.length).toBeGreaterThan(1000);
    expect(pages.length).toBe(Math.ceil(store.models.length / limit));
    expect(names).toEqual(store.models.map((m) => m.name).sort(byName));
    expect(pages.at(-1)?.nextCursor).toBeUndefined();
  });

  it('filters stages in the browser and still visits each match once', async () => {
    const pages = await everyPage(query({ stages: ['production'], limit: 50 }));
    const names = pages.flatMap((p) => p.items.map((m) => m.name));
    const expected = fleet
      .filter((m) => m.stage === 'production')
      .map((m) => m.name)
      .sort(byName);
    expect(names).toEqual(expected);
    expect(pages.slice(0, -1).every((p) => p.items.length === 50)).toBe(true);
  });

  it('filters several teams, or the models without a team tag, in the browser', async () => {
    const two = (await everyPage(query({ teams: ['Risk', 'Growth'], limit: 200 }))).flatMap((p) => p.items);
    expect(two.map((m) => m.name)).toEqual(
      fleet
        .filter((m) => m.team === 'Risk' || m.team === 'Growth')
        .map((m) => m.name)
        .sort(byName),
    );
    const unassigned = (await everyPage(query({ teams: ['Unassigned'] }))).flatMap((p) => p.items);
    expect(unassigned.length).toBeGreaterThan(0);
    expect(unassigned.every((m) => m.team === 'Unassigned' && m.tags.team === undefined)).toBe(true);
  });

  it('stops a rare browser-side filter after maxScanPages and returns a short page with a cursor', async () => {
    const bounded = createMlflowSource({
      id: 'mlflow',
      kind: 'mlflow',
      url: MLFLOW_TEST_URL,
      options: { maxScanPages: 1 },
    }).capabilities.registry!;
    const page = await bounded.listModels(query({ stages: ['archived'], limit: 100 }), signal);
    expect(requests).toHaveLength(1);
    expect(page.items.length).toBeLessThan(100);
    expect(page.nextCursor).toBeDefined();
  });

  it('finds the model with an apostrophe in its name', async () => {
    const page = await registry.listModels(query({ search: "o'reilly" }), signal);
    expect(page.items.map((m) => m.name)).toEqual(["o'reilly-book-recs"]);
  });

  it('sorts by name when MLflow cannot sort by the chosen column', async () => {
    const page = await registry.listModels(
      query({ sort: { field: 'team', direction: 'desc' }, limit: 30 }),
      signal,
    );
    expect(requests[0]!.searchParams.getAll('order_by')).toEqual(['name ASC']);
    expect(page.items.map((m) => m.name)).toEqual(
      store.models
        .map((m) => m.name)
        .sort(byName)
        .slice(0, 30),
    );
  });

  it('reads an empty search answer, `{}`, as an empty last page', async () => {
    server.use(
      http.get(`${MLFLOW_TEST_URL}/api/2.0/mlflow/registered-models/search`, () => HttpResponse.json({})),
    );
    expect(await registry.listModels(query({ search: 'nothing' }), signal)).toEqual({ items: [] });
  });

  it('refuses a cursor it did not write', async () => {
    await expect(registry.listModels(query({ cursor: 'garbage' }), signal)).rejects.toMatchObject({
      kind: 'query',
      message: 'This page link is no longer valid.',
    });
  });
});
