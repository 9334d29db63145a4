import type { CapabilityMap, CapabilityName } from './capabilities';
import type { LoadedSource } from './source';

/** Data members a capability may carry (not methods): known before load, from the connection's settings. */
export type EagerData = Partial<Record<CapabilityName, Record<string, unknown>>>;

/**
 * A source whose code loads on first use. MLflow, Prometheus and Alertmanager
 * adapters (and their schemas) stay off the landing route until a connection
 * of that kind is actually asked something. Every capability method returns a
 * promise, so a method can wait for the module before it runs.
 */
export function lazySource(
  identity: { connectionId: string; name: string },
  capabilities: readonly CapabilityName[],
  load: () => Promise<LoadedSource>,
  data: EagerData = {},
): LoadedSource {
  let loading: Promise<LoadedSource> | undefined;
  // A failed load is forgotten, so that Retry fetches the chunk again instead of replaying the failure.
  const loaded = (): Promise<LoadedSource> =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));

  const deferred = <C extends CapabilityName>(name: C): CapabilityMap[C] =>
    new Proxy({} as CapabilityMap[C], {
      get(_target, method) {
        // Only methods are deferred; data members (e.g. Metrics.scrapeIntervalSeconds) come from `data`.
        // Nor are `then` and `toJSON`: awaiting or serialising a capability (a query key holding
        // the source is hashed with JSON.stringify) must not call into the adapter.
        if (typeof method !== 'string' || method === 'then' || method === 'toJSON') return undefined;
        const known = data[name];
        if (known && method in known) return known[method];
        return async (...args: unknown[]): Promise<unknown> => {
          const source = await loaded();
          const capability = source.capabilities[name] as Record<string, unknown> | undefined;
          const fn = capability?.[method];
          if (typeof fn !== 'function') throw new Error(`${identity.name} has no ${name}.${method}.`);
          return (fn as (...a: unknown[]) => unknown).apply(capability, args);
        };
      },
    });

  return {
    ...identity,
    capabilities: Object.fromEntries(capabilities.map((name) => [name, deferred(name)])),
    check: async (signal) => (await loaded()).check(signal),
  };
}
