import { describe, expect, it, vi, type Mock } from 'vitest';
import type { Alert } from '../domain/alert';
import type { Alerts, Metrics } from './capabilities';
import { lazySource } from './lazy-source';
import type { ConnectionCheck, Source } from './source';

const signal = (): AbortSignal => new AbortController().signal;

const FIRING: Alert = {
  id: 'fp-1',
  name: 'ModelLatencyHigh',
  severity: 'critical',
  state: 'firing',
  summary: 'p99 930 ms',
  startsAt: Date.UTC(2026, 10, 27, 11),
  labels: {},
  silencedBy: [],
};

const CHECK: ConnectionCheck = { ok: true, summary: 'Connected.', steps: [] };

/** A stand-in adapter and a loader that counts how often it is asked for. */
function stubAdapter(): {
  load: () => Promise<Omit<Source, 'cacheKey'>>;
  loads: () => number;
  listAlerts: Mock<Alerts['listAlerts']>;
  listSilences: Mock<Alerts['listSilences']>;
} {
  const listAlerts = vi.fn<Alerts['listAlerts']>(function (this: unknown) {
    // Called as a method of its own capability object, so adapters may use `this`.
    expect(this).toBe(alerts);
    return Promise.resolve([FIRING]);
  });
  const listSilences = vi.fn<Alerts['listSilences']>(() => Promise.resolve([]));
  const alerts: Alerts = { listAlerts, listSilences, history: () => Promise.resolve([]) };
  const metrics = { scrapeIntervalSeconds: 99 } as unknown as Metrics;
  const load = vi.fn(() =>
    Promise.resolve({
      connectionId: 'prom',
      name: 'Prod Prometheus',
      capabilities: { alerts, metrics },
      check: () => Promise.resolve(CHECK),
    }),
  );
  return { load, loads: () => load.mock.calls.length, listAlerts, listSilences };
}

const identity = { connectionId: 'prom', name: 'Prod Prometheus' };

describe('lazySource', () => {
  it('loads nothing until asked, then loads once for every later call', async () => {
    const adapter = stubAdapter();
    const source = lazySource(identity, ['metrics', 'alerts'], adapter.load);
    expect(adapter.loads()).toBe(0);
    expect(source).toMatchObject(identity);

    const filter = { model: 'churn-predictor' };
    const abort = signal();
    const [first, second] = await Promise.all([
      source.capabilities.alerts!.listAlerts(filter, abort),
      source.capabilities.alerts!.listAlerts(filter, abort),
    ]);
    await source.capabilities.alerts!.listSilences(abort);
    expect(first).toEqual([FIRING]);
    expect(second).toEqual([FIRING]);
    expect(adapter.loads()).toBe(1);
    expect(adapter.listAlerts).toHaveBeenCalledWith(filter, abort);
  });

  it('runs Test connection through the loaded adapter', async () => {
    const adapter = stubAdapter();
    const source = lazySource(identity, ['alerts'], adapter.load);
    await expect(source.check(signal())).resolves.toEqual(CHECK);
    await source.capabilities.alerts!.history({}, { from: 0, to: 1 }, signal());
    expect(adapter.loads()).toBe(1);
  });

  it('lists only the capabilities it was given', () => {
    const source = lazySource(identity, ['alerts'], stubAdapter().load);
    expect(Object.keys(source.capabilities)).toEqual(['alerts']);
  });

  it('does not load when a capability is awaited or serialised (as a query key is)', async () => {
    const adapter = stubAdapter();
    const source = lazySource(identity, ['metrics', 'alerts'], adapter.load);
    // Promise.resolve looks for `then`, as `await` and React Query do.
    expect(await Promise.resolve(source.capabilities.alerts)).toBe(source.capabilities.alerts);
    expect(JSON.stringify({ key: ['alerts', source.capabilities] })).toBe(
      '{"key":["alerts",{"metrics":{},"alerts":{}}]}',
    );
    expect(adapter.loads()).toBe(0);
  });

  it('answers eager data members before load, without loading', () => {
    const adapter = stubAdapter();
    const source = lazySource(identity, ['metrics'], adapter.load, {
      metrics: { scrapeIntervalSeconds: 15 },
    });
    expect(source.capabilities.metrics!.scrapeIntervalSeconds).toBe(15);
    expect(adapter.loads()).toBe(0);
  });

  it('says which method the loaded adapter lacks', async () => {
    const source = lazySource(identity, ['alerts', 'registry'], stubAdapter().load);
    await expect(source.capabilities.registry!.facets(signal())).rejects.toThrow(
      'Prod Prometheus has no registry.facets.',
    );
  });

  it('passes an adapter’s error through unchanged', async () => {
    const adapter = stubAdapter();
    const failure = new Error('Prometheus answered 503');
    adapter.listSilences.mockRejectedValueOnce(failure);
    const source = lazySource(identity, ['alerts'], adapter.load);
    await expect(source.capabilities.alerts!.listSilences(signal())).rejects.toBe(failure);
  });

  it('tries loading again after a load failed (a chunk that did not arrive), so Retry can work', async () => {
    const adapter = stubAdapter();
    const load = vi
      .fn<() => Promise<Omit<Source, 'cacheKey'>>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockImplementation(adapter.load);
    const source = lazySource(identity, ['alerts'], load);
    await expect(source.capabilities.alerts!.listAlerts({}, signal())).rejects.toThrow(
      /dynamically imported/,
    );
    await expect(source.capabilities.alerts!.listAlerts({}, signal())).resolves.toEqual([FIRING]);
    await source.capabilities.alerts!.listAlerts({}, signal());
    expect(load).toHaveBeenCalledTimes(2);
  });
});
