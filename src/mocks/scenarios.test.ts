import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_BASE_URL } from '../sources/demo/demo-base-url';
import { createRestSource } from '../sources/rest/rest-source';
import { createDemoHandlers } from './demo-handlers';
import { createDemoServer } from './node';
import { isScenarioName, scenarioHandlers, SCENARIO_NAMES, SLOW_DELAY_MS } from './scenarios';
import { demoUrl, getDemo } from './testing/demo-fetch';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');
const server = createDemoServer({ now: NOW });
const source = createRestSource({
  connectionId: 'demo',
  name: 'Demo',
  baseUrl: `${location.origin}${DEMO_BASE_URL}`,
});
const signal = new AbortController().signal;
const nameQuery = { sort: { field: 'name', direction: 'asc' }, limit: 10 } as const;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

describe('scenarios', () => {
  it('has the five names, and only those', () => {
    expect(SCENARIO_NAMES).toEqual(['backend-down', 'slow', 'malformed', 'empty', 'flaky']);
    expect(isScenarioName('slow')).toBe(true);
    expect(isScenarioName('fast')).toBe(false);
  });

  it('backend-down answers 503 with a body that says so, on every route', async () => {
    server.use(...scenarioHandlers('backend-down'));
    for (const route of [
      '/info',
      '/registry/models',
      '/registry/summary',
      '/registry/models/churn-predictor',
    ]) {
      expect(await getDemo(route)).toEqual({
        status: 503,
        body: {
          error: { code: 'UNAVAILABLE', message: expect.stringMatching(/demo backend is down/) as unknown },
        },
      });
    }
    await expect(source.capabilities.registry?.summary(signal)).rejects.toMatchObject({
      kind: 'http',
      status: 503,
    });
  });

  it(`slow answers correctly, after ${SLOW_DELAY_MS} ms`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(...scenarioHandlers('slow'));
    let answered = false;
    const reply = fetch(demoUrl('/info')).then((response) => {
      answered = true;
      return response;
    });

    await vi.advanceTimersByTimeAsync(SLOW_DELAY_MS - 100);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect((await reply).status).toBe(200);
    expect(answered).toBe(true);
  });

  it('malformed makes the client fail validation and name the field', async () => {
    server.use(...scenarioHandlers('malformed', { now: NOW }));
    const registry = source.capabilities.registry;
    await expect(registry?.listModels(nameQuery, signal)).rejects.toMatchObject({
      kind: 'schema',
      field: 'items.0.health.status',
    });
    await expect(registry?.listVersions('churn-predictor', signal)).rejects.toMatchObject({
      kind: 'schema',
      field: 'items.0.createdAt',
    });
    await expect(registry?.getModel('churn-predictor', signal)).rejects.toMatchObject({ kind: 'schema' });
  });

  it('malformed leaves error answers alone', async () => {
    server.use(...scenarioHandlers('malformed', { now: NOW }));
    expect((await getDemo('/registry/models/nope')).status).toBe(404);
  });

  it('empty serves a fleet of zero models', async () => {
    server.use(...scenarioHandlers('empty'));
    const registry = source.capabilities.registry;
    expect(await registry?.listModels(nameQuery, signal)).toEqual({
      items: [],
      nextCursor: undefined,
      total: 0,
    });
    expect(await registry?.facets(signal)).toEqual({ teams: [], tags: [] });
    expect(await registry?.summary(signal)).toEqual({
      totalModels: 0,
      byHealth: { healthy: 0, warning: 0, critical: 0, unknown: 0 },
      byStage: { production: 0, staging: 0, development: 0, archived: 0 },
      needsAttention: [],
      recentlyShipped: [],
      trainingDataAge: [],
    });
    await expect(registry?.getModel('churn-predictor', signal)).rejects.toMatchObject({ status: 404 });
  });

  it('can be chosen when the handlers are made, as ?scenario= does', async () => {
    server.use(...createDemoHandlers({ fleetSize: 30, seed: 1, now: NOW, scenario: 'backend-down' }));
    expect((await getDemo('/info')).status).toBe(503);
    server.resetHandlers(...createDemoHandlers({ fleetSize: 30, seed: 1, now: NOW, scenario: 'empty' }));
    expect((await getDemo('/registry/summary')).body).toMatchObject({ totalModels: 0 });
  });
});
