import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const STORAGE_KEY = 'sightline.preferences';

type Store = typeof import('./preferences-store');

/** A fresh store, as after a page load: it rehydrates from whatever localStorage holds. */
async function load(): Promise<Store> {
  vi.resetModules();
  return import('./preferences-store');
}

function current(store: Store): { role: string; theme: string } {
  const { result } = renderHook(() => ({ role: store.useRole(), theme: store.useThemePreference() }));
  return result.current;
}

describe('preferences store', () => {
  it('starts as a product manager with the system theme', async () => {
    expect(current(await load())).toEqual({ role: 'product-manager', theme: 'system' });
  });

  it('re-renders on a change and remembers role and theme across a reload', async () => {
    const store = await load();
    const { result } = renderHook(() => ({ role: store.useRole(), theme: store.useThemePreference() }));
    act(() => {
      store.preferencesActions.setRole('sre');
      store.preferencesActions.setTheme('dark');
    });
    expect(result.current).toEqual({ role: 'sre', theme: 'dark' });
    expect(current(await load())).toEqual({ role: 'sre', theme: 'dark' });
  });

  it('falls back to the defaults for a stored role or theme it does not know', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { role: 'ceo', theme: 'neon' }, version: 1 }));
    expect(current(await load())).toEqual({ role: 'product-manager', theme: 'system' });
  });

  it('keeps the valid half of a half-valid stored value', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { role: 'data-scientist', theme: 42 }, version: 1 }),
    );
    expect(current(await load())).toEqual({ role: 'data-scientist', theme: 'system' });
  });

  it('falls back to the defaults when storage holds something that is not JSON', async () => {
    localStorage.setItem(STORAGE_KEY, 'role=sre');
    expect(current(await load())).toEqual({ role: 'product-manager', theme: 'system' });
  });
});
