import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { preferencesActions, useThemePreference } from '../../stores/preferences-store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystem(listener: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}

/** The theme in effect: the user's choice, or the system's until they choose. */
export function useAppliedTheme(): 'light' | 'dark' {
  const preference = useThemePreference();
  const systemDark = useSyncExternalStore(subscribeToSystem, () => window.matchMedia(DARK_QUERY).matches);
  const theme = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}

export function ThemeToggle(): ReactNode {
  const theme = useAppliedTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button button--ghost"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => preferencesActions.setTheme(next)}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
      <span className="header-hide-narrow">{theme === 'dark' ? 'Light' : 'Dark'}</span>
    </button>
  );
}
