import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isRole, type Role } from '../domain/role';

export type ThemePreference = 'system' | 'light' | 'dark';

interface PreferencesState {
  role: Role;
  theme: ThemePreference;
}

/** Preferences only: who the user is and how the app looks. Remembered across reloads. */
const usePreferencesStore = create<PreferencesState>()(
  persist((): PreferencesState => ({ role: 'product-manager', theme: 'system' }), {
    name: 'sightline.preferences',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    merge: (persisted, current) => {
      const saved = (persisted ?? {}) as Partial<PreferencesState>;
      return {
        role: isRole(saved.role) ? saved.role : current.role,
        theme:
          saved.theme === 'light' || saved.theme === 'dark' || saved.theme === 'system'
            ? saved.theme
            : current.theme,
      };
    },
  }),
);

export const useRole = (): Role => usePreferencesStore((state) => state.role);
/** The stored role now, outside React (an effect that must see the role it just set). */
export const getRole = (): Role => usePreferencesStore.getState().role;
export const useThemePreference = (): ThemePreference => usePreferencesStore((state) => state.theme);

export const preferencesActions = {
  setRole: (role: Role): void => {
    usePreferencesStore.setState({ role });
  },
  setTheme: (theme: ThemePreference): void => {
    usePreferencesStore.setState({ theme });
  },
};
