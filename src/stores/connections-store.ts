import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { CapabilityName } from '../sources/capabilities';
import { runtimeConfigSchema, type ConnectionConfig, type RuntimeConfig } from '../sources/connection-config';

interface ConnectionsState {
  /** What the deployment's config.json preset (or the demo). */
  preset: RuntimeConfig;
  /** The user's own set, once they edit; `null` means "use the preset". */
  edited: RuntimeConfig | null;
}

/** Tokens live here, in memory only: never persisted. */
const tokens = new Map<string, string>();

const stripSecrets = (config: RuntimeConfig): RuntimeConfig => ({
  ...config,
  connections: config.connections.map(({ token: _token, ...rest }) => rest),
});

export const withTokens = (config: RuntimeConfig): RuntimeConfig => ({
  ...config,
  connections: config.connections.map((c) => {
    const token = tokens.get(c.id) ?? c.token;
    return token ? { ...c, token } : c;
  }),
});

const useConnectionsStore = create<ConnectionsState>()(
  persist((): ConnectionsState => ({ preset: { connections: [] }, edited: null }), {
    name: 'sightline.connections',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    partialize: (state) => ({ edited: state.edited ? stripSecrets(state.edited) : null }),
    merge: (persisted, current) => {
      const saved = runtimeConfigSchema.safeParse((persisted as { edited?: unknown } | undefined)?.edited);
      return { ...current, edited: saved.success ? saved.data : null };
    },
  }),
);

export function useEffectiveConfig(): RuntimeConfig {
  const preset = useConnectionsStore((state) => state.preset);
  const edited = useConnectionsStore((state) => state.edited);
  return edited ?? preset;
}

export const useIsEdited = (): boolean => useConnectionsStore((state) => state.edited !== null);

/** Whether this tab holds a token for the connection (from the preset or typed in). */
export const holdsToken = (id: string): boolean => tokens.has(id);

/** The held token, for a connection test of an edited connection; never for display. */
export const heldToken = (id: string): string | undefined => tokens.get(id);

export function getEffectiveConfig(): RuntimeConfig {
  const { edited, preset } = useConnectionsStore.getState();
  return withTokens(edited ?? preset);
}

function edit(change: (config: RuntimeConfig) => RuntimeConfig): void {
  const { edited, preset } = useConnectionsStore.getState();
  useConnectionsStore.setState({ edited: change(edited ?? preset) });
}

export const connectionsActions = {
  setPreset: (preset: RuntimeConfig): void => {
    for (const c of preset.connections) if (c.token) tokens.set(c.id, c.token);
    useConnectionsStore.setState({ preset });
  },
  /**
   * Adds or replaces by id. The token goes to memory, the rest to storage. The edit form never
   * shows the held token, so saving without one keeps it (also across a rename) unless the user
   * asked to forget it.
   */
  save: (connection: ConnectionConfig, previousId?: string, { forgetToken = false } = {}): void => {
    const { token, ...rest } = connection;
    const held = forgetToken ? undefined : tokens.get(previousId ?? connection.id);
    if (previousId !== undefined) tokens.delete(previousId);
    tokens.delete(connection.id);
    const kept = token ?? held;
    if (kept) tokens.set(connection.id, kept);
    edit((config) => {
      const replaceId = previousId ?? connection.id;
      const exists = config.connections.some((c) => c.id === replaceId);
      const connections = exists
        ? config.connections.map((c) => (c.id === replaceId ? rest : c))
        : [...config.connections, rest];
      const capabilities = Object.fromEntries(
        Object.entries(config.capabilities ?? {}).map(([cap, id]) => [
          cap,
          id === replaceId ? connection.id : id,
        ]),
      );
      return { connections, capabilities };
    });
  },
  remove: (id: string): void => {
    tokens.delete(id);
    edit((config) => ({
      connections: config.connections.filter((c) => c.id !== id),
      capabilities: Object.fromEntries(Object.entries(config.capabilities ?? {}).filter(([, v]) => v !== id)),
    }));
  },
  assign: (capability: CapabilityName, id: string): void =>
    edit((config) => ({ ...config, capabilities: { ...config.capabilities, [capability]: id } })),
  resetToPreset: (): void => {
    useConnectionsStore.setState({ edited: null });
  },
};
