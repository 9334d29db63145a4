import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RuntimeConfig } from '../sources/connection-config';

const STORAGE_KEY = 'sightline.connections';
const TOKEN = 'glpat-Zx81-very-secret';

const PRESET: RuntimeConfig = {
  connections: [
    { id: 'mlflow', kind: 'mlflow', name: 'MLflow', url: '/mlflow' },
    { id: 'prom', kind: 'prometheus', name: 'Prod Prometheus', url: 'http://prometheus:9090' },
  ],
  capabilities: { registry: 'mlflow', metrics: 'prom', alerts: 'prom' },
};

type Store = typeof import('./connections-store');

/** A fresh store, as after a page load: it rehydrates from whatever localStorage holds. */
async function load(): Promise<Store> {
  vi.resetModules();
  const store = await import('./connections-store');
  store.connectionsActions.setPreset(PRESET);
  return store;
}

const persisted = (): string => localStorage.getItem(STORAGE_KEY) ?? '';

let store: Store;
beforeEach(async () => {
  store = await load();
});

describe('connections store', () => {
  it('uses the deployment’s preset until the user edits', () => {
    const { result } = renderHook(() => ({
      config: store.useEffectiveConfig(),
      edited: store.useIsEdited(),
    }));
    expect(result.current).toEqual({ config: PRESET, edited: false });
    expect(store.getEffectiveConfig()).toEqual(PRESET);
  });

  it('persists a saved connection but never its token, which stays in memory', () => {
    store.connectionsActions.save({
      id: 'am',
      kind: 'alertmanager',
      name: 'Alertmanager',
      url: 'http://alertmanager:9093',
      token: TOKEN,
    });
    expect(persisted()).toContain('http://alertmanager:9093');
    expect(persisted()).not.toContain(TOKEN);
    expect(store.getEffectiveConfig().connections).toContainEqual({
      id: 'am',
      kind: 'alertmanager',
      name: 'Alertmanager',
      url: 'http://alertmanager:9093',
      token: TOKEN,
    });
  });

  it('after a reload, brings back the saved connections without the token', async () => {
    store.connectionsActions.save({ id: 'am', kind: 'alertmanager', url: 'http://am:9093', token: TOKEN });
    const reloaded = await load();
    const { result } = renderHook(() => reloaded.useEffectiveConfig());
    expect(result.current.connections.map((c) => c.id)).toEqual(['mlflow', 'prom', 'am']);
    expect(JSON.stringify(reloaded.getEffectiveConfig())).not.toContain(TOKEN);
  });

  it('keeps a preset’s token out of storage, yet uses it', () => {
    store.connectionsActions.setPreset({
      connections: [{ id: 'api', kind: 'sightline', url: 'https://ml.example.com/api', token: TOKEN }],
    });
    store.connectionsActions.assign('registry', 'api');
    expect(persisted()).not.toContain(TOKEN);
    expect(store.getEffectiveConfig().connections[0]?.token).toBe(TOKEN);
  });

  it('replaces a connection saved again under the same id, keeping its token', () => {
    store.connectionsActions.save({ id: 'prom', kind: 'prometheus', url: 'http://old:9090', token: TOKEN });
    store.connectionsActions.save({ id: 'prom', kind: 'prometheus', name: 'Prom', url: 'http://new:9090' });
    const connections = store.getEffectiveConfig().connections;
    expect(connections).toHaveLength(2);
    expect(connections[1]).toEqual({
      id: 'prom',
      kind: 'prometheus',
      name: 'Prom',
      url: 'http://new:9090',
      token: TOKEN,
    });
  });

  it('renames a connection in place and moves its capabilities and token to the new id', () => {
    store.connectionsActions.save({
      id: 'prom',
      kind: 'prometheus',
      url: 'http://prometheus:9090',
      token: TOKEN,
    });
    store.connectionsActions.save(
      { id: 'prom-eu', kind: 'prometheus', name: 'EU Prometheus', url: 'http://prometheus:9090' },
      'prom',
    );
    const config = store.getEffectiveConfig();
    expect(config.connections.map((c) => c.id)).toEqual(['mlflow', 'prom-eu']);
    expect(config.capabilities).toEqual({ registry: 'mlflow', metrics: 'prom-eu', alerts: 'prom-eu' });
    expect(config.connections[1]?.token).toBe(TOKEN);
  });

  it('forgets the held token when asked, on a save without a new one', () => {
    store.connectionsActions.save({ id: 'prom', kind: 'prometheus', url: 'http://p:9090', token: TOKEN });
    expect(store.holdsToken('prom')).toBe(true);
    store.connectionsActions.save({ id: 'prom', kind: 'prometheus', url: 'http://p:9090' }, 'prom', {
      forgetToken: true,
    });
    expect(store.holdsToken('prom')).toBe(false);
    expect(store.getEffectiveConfig().connections[1]?.token).toBeUndefined();
  });

  it('forgets a token the preset gave, when asked', () => {
    store.connectionsActions.setPreset({
      connections: [{ id: 'api', kind: 'sightline', url: 'https://ml.example.com/api', token: TOKEN }],
    });
    store.connectionsActions.save(
      { id: 'api', kind: 'sightline', url: 'https://ml.example.com/api' },
      'api',
      {
        forgetToken: true,
      },
    );
    expect(store.getEffectiveConfig().connections[0]?.token).toBeUndefined();
  });

  it('removes a connection, its assignments and its token', () => {
    store.connectionsActions.save({
      id: 'prom',
      kind: 'prometheus',
      url: 'http://prometheus:9090',
      token: TOKEN,
    });
    store.connectionsActions.remove('prom');
    expect(store.getEffectiveConfig()).toEqual({
      connections: [PRESET.connections[0]],
      capabilities: { registry: 'mlflow' },
    });
    // A new connection under the old id does not inherit the old token.
    store.connectionsActions.save({ id: 'prom', kind: 'prometheus', url: 'http://other:9090' });
    expect(store.getEffectiveConfig().connections[1]?.token).toBeUndefined();
  });

  it('assigns a capability to a connection and persists the choice', async () => {
    store.connectionsActions.save({ id: 'am', kind: 'alertmanager', url: 'http://am:9093' });
    store.connectionsActions.assign('alerts', 'am');
    expect(store.getEffectiveConfig().capabilities?.alerts).toBe('am');
    expect((await load()).getEffectiveConfig().capabilities?.alerts).toBe('am');
  });

  it('goes back to the preset on reset, and re-renders', () => {
    const { result } = renderHook(() => ({
      config: store.useEffectiveConfig(),
      edited: store.useIsEdited(),
    }));
    act(() => store.connectionsActions.remove('prom'));
    expect(result.current.edited).toBe(true);
    expect(result.current.config.connections).toHaveLength(1);
    act(() => store.connectionsActions.resetToPreset());
    expect(result.current).toEqual({ config: PRESET, edited: false });
    expect(JSON.parse(persisted())).toMatchObject({ state: { edited: null } });
  });

  it('ignores a stored set that is no longer a valid config', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { edited: { connections: [{ id: 'x', kind: 'grafana' }] } }, version: 1 }),
    );
    const reloaded = await load();
    expect(reloaded.getEffectiveConfig()).toEqual(PRESET);
  });
});
