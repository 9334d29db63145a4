import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  historyFor,
  recordQuery,
  removeEntry,
  setStarred,
  type HistoryEntry,
} from '../../../domain/explore/query-history';

interface HistoryState {
  entries: HistoryEntry[];
}

/**
 * Explore's query history on this device (localStorage): per connection id, the expression and
 * when it ran. Nothing else is stored: no URL, no token, no result.
 */
const useHistoryStore = create<HistoryState>()(
  persist(() => ({ entries: [] as HistoryEntry[] }), {
    name: 'sightline.explore-history',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    // Only the four fields of each entry are written, whatever else a caller passed in.
    partialize: (state) => ({
      entries: state.entries.map(({ connectionId, expr, at, starred }) => ({
        connectionId,
        expr,
        at,
        starred,
      })),
    }),
  }),
);

export const historyActions = {
  record: (connectionId: string, expr: string, at = Date.now()): void => {
    useHistoryStore.setState((s) => ({ entries: recordQuery(s.entries, { connectionId, expr, at }) }));
  },
  star: (connectionId: string, expr: string, starred: boolean): void => {
    useHistoryStore.setState((s) => ({ entries: setStarred(s.entries, { connectionId, expr }, starred) }));
  },
  remove: (connectionId: string, expr: string): void => {
    useHistoryStore.setState((s) => ({ entries: removeEntry(s.entries, { connectionId, expr }) }));
  },
  /** For tests: forget everything. */
  clear: (): void => {
    useHistoryStore.setState({ entries: [] });
  },
};

export function useHistory(connectionId: string): HistoryEntry[] {
  const entries = useHistoryStore((s) => s.entries);
  return historyFor(entries, connectionId);
}
