import { CAPABILITY_LABELS, type CapabilityMap, type CapabilityName } from './capabilities';
import {
  capabilityAssignments,
  sourceIdentity,
  type ConnectionConfig,
  type RuntimeConfig,
} from './connection-config';
import type { SourceContext } from './kind';
import { kindOf } from './kinds';
import { lazySource } from './lazy-source';
import type { LoadedSource, Source } from './source';

/** The one place that maps a connection to a source: its kind's descriptor says how (kinds.ts). */
export function createSource(
  connection: ConnectionConfig,
  lookup: (id: string) => Source | undefined = () => undefined,
): Source {
  const source = createSourceOfKind(connection, lookup);
  const { token: _token, ...settings } = connection;
  return { ...source, cacheKey: JSON.stringify(settings) };
}

function createSourceOfKind(connection: ConnectionConfig, lookup: SourceContext['lookup']): LoadedSource {
  const kind = kindOf(connection.kind);
  const context = { lookup };
  if ('create' in kind.adapter) return kind.adapter.create(connection, context);
  const { load } = kind.adapter;
  return lazySource(
    sourceIdentity(connection),
    kind.capabilities,
    async () => (await load())(connection, context),
    kind.eager?.(connection),
  );
}

export type CapabilityResolution<C extends CapabilityName> =
  { ok: true; capability: CapabilityMap[C]; source: Source } | { ok: false; reason: string };

export interface SourceSet {
  sources: ReadonlyMap<string, Source>;
  assignments: Partial<Record<CapabilityName, string>>;
  resolve<C extends CapabilityName>(name: C): CapabilityResolution<C>;
}

export function createSourceSet(config: RuntimeConfig): SourceSet {
  const sources = new Map<string, Source>();
  // Sources may delegate to each other (Alertmanager's history comes from Prometheus): look up at call time.
  for (const c of config.connections)
    sources.set(
      c.id,
      createSource(c, (id) => sources.get(id)),
    );
  const assignments = capabilityAssignments(config);
  return {
    sources,
    assignments,
    resolve<C extends CapabilityName>(name: C): CapabilityResolution<C> {
      const id = assignments[name];
      const source = id === undefined ? undefined : sources.get(id);
      const what = CAPABILITY_LABELS[name].toLowerCase();
      if (!source) return { ok: false, reason: `No connection answers the ${what}.` };
      const capability = source.capabilities[name];
      if (!capability) return { ok: false, reason: `${source.name} cannot answer the ${what}.` };
      return { ok: true, capability, source };
    },
  };
}
