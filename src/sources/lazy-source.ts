import type { CapabilityMap, CapabilityName } from './capabilities';
import type { LoadedSource } from './source';

/** Data members a capability may carry (not methods): known before load, from the connection's settings. */
export type EagerData = Partial<Record<CapabilityName, Record<string, unknown>>>;

/** A loader that is asked once; a failed load is forgotten, so Retry fetches the chunk again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * A capability whose code loads on its first call. Every capability method returns a promise, so
 * a method can wait for the module before it runs. Data members (Metrics.scrapeIntervalSeconds)
 * are not deferred: they come from `data`, known from the connection's settings.
 */
export function deferredCapability<C extends CapabilityName>(
  sourceName: string,
  name: C,
  load: () => Promise<CapabilityMap[C] | undefined>,
  data: Record<string, unknown> = {},
): CapabilityMap[C] {
  const loaded = once(load);
  return new Proxy({} as CapabilityMap[C], {
    get(_target, method) {
      // Not `then` and `toJSON` either: awaiting or serialising a capability (a query key holding
      // the source is hashed with JSON.stringify) must not call into the adapter.
      if (typeof method !== 'string' || method === 'then' || method === 'toJSON') return undefined;
      if (method in data) return data[method];
      return async (...args: unknown[]): Promise<unknown> => {
        const capability = (await loaded()) as Record<string, unknown> | undefined;
        const fn = capability?.[method];
        if (typeof fn !== 'function') throw new Error(`${sourceName} has no ${name}.${method}.`);
        return (fn as (...a: unknown[]) => unknown).apply(capability, args);
      };
    },
  });
}

/**
 * A source whose code loads on first use. MLflow, Prometheus and Alertmanager
 * adapters (and their schemas) stay off the landing route until a connection
 * of that kind is actually asked something.
 */
export function lazySource(
  identity: { connectionId: string; name: string },
  capabilities: readonly CapabilityName[],
  load: () => Promise<LoadedSource>,
  data: EagerData = {},
): LoadedSource {
  const loaded = once(load);
  const defer = <C extends CapabilityName>(name: C): CapabilityMap[C] =>
    deferredCapability(identity.name, name, async () => (await loaded()).capabilities[name], data[name]);
  return {
    ...identity,
    capabilities: Object.fromEntries(capabilities.map((name) => [name, defer(name)])),
    check: async (signal) => (await loaded()).check(signal),
  };
}
