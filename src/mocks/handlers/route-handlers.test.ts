import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer } from '../node';
import { demoUrl, getDemo } from '../testing/demo-fetch';

const server = createDemoServer({ now: Date.parse('2026-11-29T12:00:00.000Z'), fleetSize: 40 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const errorBody = (code: string) => ({ error: { code, message: expect.any(String) as unknown } });

describe('the demo routes', () => {
  it('answer the contract on any origin', async () => {
    const response = await fetch(demoUrl('/info').replace(location.origin, 'http://127.0.0.1:9999'));
    expect(await response.json()).toEqual({
      name: 'Sightline demo',
      apiVersion: '1.0',
      capabilities: [
        'registry',
        'operations',
        'metrics',
        'alerts',
        'monitoring',
        'delivery',
        'explanations',
        'pipelines',
      ],
    });
  });

  it('answer 404 with the error body for unknown models, runs and routes', async () => {
    expect(await getDemo('/registry/models/nope')).toEqual({ status: 404, body: errorBody('NOT_FOUND') });
    expect(await getDemo('/registry/models/nope/versions')).toEqual({
      status: 404,
      body: errorBody('NOT_FOUND'),
    });
    expect(await getDemo('/operations/models/nope/deployments')).toEqual({
      status: 404,
      body: errorBody('NOT_FOUND'),
    });
    expect(await getDemo(`/registry/runs/${'a'.repeat(32)}`)).toEqual({
      status: 404,
      body: errorBody('NOT_FOUND'),
    });
    expect(await getDemo('/registry/nothing-here')).toEqual({ status: 404, body: errorBody('NOT_FOUND') });
  });

  it('answer 400 for a bad limit and for a cursor of another query', async () => {
    expect(await getDemo('/registry/models?limit=5000')).toEqual({
      status: 400,
      body: errorBody('INVALID_PARAMETER'),
    });
    const first = (await getDemo('/registry/models?limit=5&team=Risk')).body as { nextCursor: string };
    const other = await getDemo(
      `/registry/models?limit=5&team=Growth&cursor=${encodeURIComponent(first.nextCursor)}`,
    );
    expect(other).toEqual({ status: 400, body: errorBody('INVALID_CURSOR') });
  });

  it('page the fleet with cursors and a total', async () => {
    const first = (await getDemo('/registry/models?limit=30&sort=health&order=desc')).body as {
      items: { name: string; health: { status: string } }[];
      nextCursor: string;
      total: number;
    };
    expect(first.total).toBe(40);
    expect(first.items[0]?.health.status).toBe('critical');
    const second = (
      await getDemo(`/registry/models?limit=30&sort=health&order=desc&cursor=${first.nextCursor}`)
    ).body as { items: unknown[]; nextCursor?: string };
    expect(second.items).toHaveLength(10);
    expect(second.nextCursor).toBeUndefined();
  });

  it('serve versions newest first and find their runs', async () => {
    const versions = (await getDemo('/registry/models/search-ranker/versions')).body as {
      items: { version: string; runId: string }[];
    };
    expect(versions.items.map((v) => v.version).slice(0, 3)).toEqual(['11', '10', '9']);
    const run = await getDemo(`/registry/runs/${versions.items[0]?.runId ?? ''}`);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ id: versions.items[0]?.runId, sourceFile: 'train/search_ranker.py' });
  });
});
