import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export interface PendingNote {
  /** Sent with the note, so a retried save is recognised and never posted twice. */
  clientId: string;
  body: string;
  queuedAt: number;
  state: 'queued' | 'sending' | 'failed';
  error?: string;
  /** The backend refused it (a 4xx such as 403): trying again by itself would not help. */
  refused?: boolean;
  attempts: number;
}

interface IncidentNotesState {
  /** What the user is typing, per incident: survives a reload. */
  drafts: Record<string, string>;
  /** Notes saved but not yet confirmed by the backend, in the order written: survives a reload. */
  outbox: Record<string, PendingNote[]>;
}

/**
 * Nothing typed into an incident is lost: drafts and unsent notes persist in
 * the browser until the backend confirms them. Holds user input only, never
 * fetched notes.
 */
const useIncidentNotesStore = create<IncidentNotesState>()(
  persist((): IncidentNotesState => ({ drafts: {}, outbox: {} }), {
    name: 'sightline.incident-notes',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    // A note that was in flight when the page closed goes back to the queue.
    merge: (persisted, current) => {
      const saved = (persisted ?? {}) as Partial<IncidentNotesState>;
      const outbox = Object.fromEntries(
        Object.entries(saved.outbox ?? {}).map(([id, notes]) => [
          id,
          notes.map((n) => (n.state === 'sending' ? { ...n, state: 'queued' as const } : n)),
        ]),
      );
      return { ...current, drafts: saved.drafts ?? {}, outbox };
    },
  }),
);

const EMPTY: PendingNote[] = [];

export const useNoteDraft = (incidentId: string): string =>
  useIncidentNotesStore((s) => s.drafts[incidentId] ?? '');
export const usePendingNotes = (incidentId: string): PendingNote[] =>
  useIncidentNotesStore((s) => s.outbox[incidentId] ?? EMPTY);

function updateOutbox(incidentId: string, change: (notes: PendingNote[]) => PendingNote[]): void {
  useIncidentNotesStore.setState((s) => ({
    outbox: { ...s.outbox, [incidentId]: change(s.outbox[incidentId] ?? []) },
  }));
}

function updateNote(incidentId: string, clientId: string, change: Partial<PendingNote>): void {
  updateOutbox(incidentId, (notes) => notes.map((n) => (n.clientId === clientId ? { ...n, ...change } : n)));
}

export const incidentNotesActions = {
  setDraft: (incidentId: string, body: string): void => {
    useIncidentNotesStore.setState((s) => ({ drafts: { ...s.drafts, [incidentId]: body } }));
  },
  /** Moves the draft to the outbox; the queue sends it after any note written before it. */
  queue: (incidentId: string, body: string, clientId: string, now: number): void => {
    updateOutbox(incidentId, (notes) => [
      ...notes,
      { clientId, body, queuedAt: now, state: 'queued', attempts: 0 },
    ]);
    useIncidentNotesStore.setState((s) => ({ drafts: { ...s.drafts, [incidentId]: '' } }));
  },
  markSending: (incidentId: string, clientId: string, attempts: number): void => {
    updateNote(incidentId, clientId, { state: 'sending', attempts, error: undefined });
  },
  markFailed: (incidentId: string, clientId: string, error: string, refused = false): void => {
    updateNote(incidentId, clientId, { state: 'failed', error, refused: refused || undefined });
  },
  retry: (incidentId: string, clientId: string): void => {
    updateNote(incidentId, clientId, { state: 'queued', error: undefined, refused: undefined });
  },
  /**
   * Takes an unsent note out of the queue and puts its words back in the draft box (above
   * whatever is there), so a note the backend refuses can be changed or copied elsewhere, and
   * the notes after it can go.
   */
  backToDraft: (incidentId: string, clientId: string): void => {
    useIncidentNotesStore.setState((s) => {
      const notes = s.outbox[incidentId] ?? [];
      const note = notes.find((n) => n.clientId === clientId);
      if (!note) return s;
      const draft = [note.body, s.drafts[incidentId] ?? ''].filter((text) => text.trim()).join('\n\n');
      return {
        drafts: { ...s.drafts, [incidentId]: draft },
        outbox: { ...s.outbox, [incidentId]: notes.filter((n) => n.clientId !== clientId) },
      };
    });
  },
  confirm: (incidentId: string, clientId: string): void => {
    updateOutbox(incidentId, (notes) => notes.filter((n) => n.clientId !== clientId));
  },
};
