import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONFIG, type ConnectionConfig, type RuntimeConfig } from './connection-config';
import { createSource, createSourceSet } from './select-source';
import { answers } from './source';

const API = 'https://sightline.test/api';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const signal = (): AbortSignal => new AbortController().signal;

const STACK: RuntimeConfig = {
  connections: [
    { id: 'mlflow', kind: 'mlflow', name: 'MLflow', url: '/mlflow' },
    {
      id: 'prom',
      kind: 'prometheus',
      name: 'Prod Prometheus',
      url: 'http://prometheus.test:9090',
      options: { scrapeIntervalSeconds: 15 },
    },
    { id: 'am', kind: 'alertmanager', name: 'Alertmanager', url: 'http://alertmanager.test:9093' },
  ],
  capabilities: { alerts: 'am' },
};

describe('createSourceSet', () => {
  it('resolves every capability of the demo to the demo connection', () => {
    const set = createSourceSet(DEMO_CONFIG);
    for (const name of ['registry', 'metrics', 'alerts', 'monitoring', 'operations'] as const) {
      const resolved = set.resolve(name);
      expect(resolved.ok).toBe(true);
      if (resolved.ok) expect(resolved.source.name).toBe('Demo');
    }
  });

  it('resolves each capability to the connection assigned to it, or the first able one', () => {
    const set = createSourceSet(STACK);
    const sourceOf = (name: 'registry' | 'metrics' | 'alerts'): string | undefined => {
      const resolved = set.resolve(name);
      return resolved.ok ? resolved.source.connectionId : undefined;
    };
    expect(sourceOf('registry')).toBe('mlflow');
    expect(sourceOf('metrics')).toBe('prom');
    expect(sourceOf('alerts')).toBe('am');
    expect(set.assignments).toEqual({ registry: 'mlflow', metrics: 'prom', alerts: 'am', explore: 'prom' });
    expect([...set.sources.keys()]).toEqual(['mlflow', 'prom', 'am']);
  });

  it('says in words when no connection answers a capability', () => {
    const set = createSourceSet(STACK);
    expect(set.resolve('monitoring')).toEqual({ ok: false, reason: 'No connection answers the monitoring.' });
    expect(set.resolve('operations')).toEqual({ ok: false, reason: 'No connection answers the operations.' });
  });

  it('names the connection when the one assigned cannot answer', () => {
    // parseRuntimeConfig refuses this; a hand-built config (tests, stores) still must not crash.
    const set = createSourceSet({ ...STACK, capabilities: { registry: 'prom' } });
    expect(set.resolve('registry')).toEqual({
      ok: false,
      reason: 'Prod Prometheus cannot answer the model registry.',
    });
  });

  it('says no connection answers when the assignment names a connection that is not there', () => {
    const set = createSourceSet({ ...STACK, capabilities: { metrics: 'thanos' } });
    expect(set.resolve('metrics')).toEqual({ ok: false, reason: 'No connection answers the metrics.' });
  });
});

describe('createSource', () => {
  const sightline = (overrides: Partial<ConnectionConfig> = {}): ConnectionConfig => ({
    id: 'api',
    kind: 'sightline',
    name: 'Prod API',
    url: API,
    ...overrides,
  });

  it('answers what its kind can answer', () => {
    expect(answers(createSource(sightline()))).toEqual(
      expect.arrayContaining(['registry', 'metrics', 'alerts', 'monitoring', 'operations']),
    );
    expect(answers(createSource(STACK.connections[0]!))).toEqual(['registry']);
    expect(answers(createSource(STACK.connections[1]!)).sort()).toEqual(['alerts', 'explore', 'metrics']);
    expect(answers(createSource(STACK.connections[2]!))).toEqual(['alerts']);
  });

  it('uses the id as the name when the connection has none', () => {
    expect(createSource({ id: 'prom', kind: 'prometheus', url: 'http://p' }).name).toBe('prom');
  });

  it('gives a cache key that changes with the URL or the options', () => {
    const base = createSource(sightline()).cacheKey;
    expect(createSource(sightline()).cacheKey).toBe(base);
    expect(createSource(sightline({ url: 'https://staging.test/api' })).cacheKey).not.toBe(base);
    expect(createSource(sightline({ options: { timeoutMs: 30_000 } })).cacheKey).not.toBe(base);
  });

  it('never puts the token in the cache key', () => {
    const withoutToken = createSource(sightline()).cacheKey;
    const token = fc.string({ minLength: 8 }).filter((t) => !withoutToken.includes(t));
    fc.assert(
      fc.property(token, (t) => {
        const { cacheKey } = createSource(sightline({ token: t }));
        expect(cacheKey).not.toContain(t);
        expect(cacheKey).toBe(withoutToken);
      }),
    );
  });

  it('still sends the token to the backend as a bearer token', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${API}/registry/facets`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json({ teams: ['growth'], tags: [] });
      }),
    );
    const source = createSource(sightline({ token: 'eyJhbGciOi.s3cret' }));
    await expect(source.capabilities.registry!.facets(signal())).resolves.toEqual({
      teams: ['growth'],
      tags: [],
    });
    expect(authorization).toBe('Bearer eyJhbGciOi.s3cret');
  });

  it('knows a Prometheus connection’s scrape interval before its adapter loads, 60 s when unset', () => {
    expect(createSource(STACK.connections[1]!).capabilities.metrics!.scrapeIntervalSeconds).toBe(15);
    expect(
      createSource({ id: 'p', kind: 'prometheus', url: 'http://p' }).capabilities.metrics!
        .scrapeIntervalSeconds,
    ).toBe(60);
  });
});
