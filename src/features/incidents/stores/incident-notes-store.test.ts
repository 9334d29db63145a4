import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PendingNote } from './incident-notes-store';

const STORAGE_KEY = 'sightline.incident-notes';
const INCIDENT = 'inc-2041';
const NOW = Date.UTC(2026, 10, 27, 12);

type Store = typeof import('./incident-notes-store');

/** A fresh store, as after a page load: it rehydrates from whatever localStorage holds. */
async function load(): Promise<Store> {
  vi.resetModules();
  return import('./incident-notes-store');
}

function watch(store: Store, incidentId = INCIDENT): { current: { draft: string; pending: PendingNote[] } } {
  return renderHook(() => ({
    draft: store.useNoteDraft(incidentId),
    pending: store.usePendingNotes(incidentId),
  })).result;
}

describe('incident notes store', () => {
  it('has no draft and nothing pending for an incident nobody wrote on', async () => {
    expect(watch(await load()).current).toEqual({ draft: '', pending: [] });
  });

  it('moves the draft to the outbox on queue and clears the draft', async () => {
    const store = await load();
    const view = watch(store);
    act(() => store.incidentNotesActions.setDraft(INCIDENT, 'Rolling back to v6.'));
    expect(view.current.draft).toBe('Rolling back to v6.');
    act(() => store.incidentNotesActions.queue(INCIDENT, 'Rolling back to v6.', 'c-1', NOW));
    expect(view.current).toEqual({
      draft: '',
      pending: [
        { clientId: 'c-1', body: 'Rolling back to v6.', queuedAt: NOW, state: 'queued', attempts: 0 },
      ],
    });
  });

  it('keeps notes in the order written and each incident apart', async () => {
    const store = await load();
    act(() => {
      store.incidentNotesActions.setDraft('inc-other', 'unrelated draft');
      store.incidentNotesActions.queue(INCIDENT, 'first', 'c-1', NOW);
      store.incidentNotesActions.queue(INCIDENT, 'second', 'c-2', NOW + 1);
    });
    expect(watch(store).current.pending.map((n) => n.body)).toEqual(['first', 'second']);
    expect(watch(store, 'inc-other').current).toEqual({ draft: 'unrelated draft', pending: [] });
  });

  it('follows a note through sending, failing, retrying and confirmation', async () => {
    const store = await load();
    const view = watch(store);
    act(() => {
      store.incidentNotesActions.queue(INCIDENT, 'note', 'c-1', NOW);
      store.incidentNotesActions.markSending(INCIDENT, 'c-1', 1);
    });
    expect(view.current.pending[0]).toMatchObject({ state: 'sending', attempts: 1 });
    act(() => store.incidentNotesActions.markFailed(INCIDENT, 'c-1', 'Ops API answered 503'));
    expect(view.current.pending[0]).toMatchObject({ state: 'failed', error: 'Ops API answered 503' });
    act(() => store.incidentNotesActions.retry(INCIDENT, 'c-1'));
    expect(view.current.pending[0]).toMatchObject({ state: 'queued', error: undefined });
    act(() => store.incidentNotesActions.confirm(INCIDENT, 'c-1'));
    expect(view.current.pending).toEqual([]);
  });

  it('keeps drafts and unsent notes across a reload', async () => {
    const store = await load();
    store.incidentNotesActions.queue(INCIDENT, 'sent later', 'c-1', NOW);
    store.incidentNotesActions.setDraft(INCIDENT, 'half a thought');
    expect(watch(await load()).current).toEqual({
      draft: 'half a thought',
      pending: [{ clientId: 'c-1', body: 'sent later', queuedAt: NOW, state: 'queued', attempts: 0 }],
    });
  });

  it('puts a note that was sending when the page closed back in the queue, and keeps failed ones failed', async () => {
    const store = await load();
    store.incidentNotesActions.queue(INCIDENT, 'in flight', 'c-1', NOW);
    store.incidentNotesActions.queue(INCIDENT, 'refused', 'c-2', NOW);
    store.incidentNotesActions.markSending(INCIDENT, 'c-1', 2);
    store.incidentNotesActions.markFailed(INCIDENT, 'c-2', 'Forbidden', true);
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"sending"');

    const pending = watch(await load()).current.pending;
    expect(pending).toEqual([
      { clientId: 'c-1', body: 'in flight', queuedAt: NOW, state: 'queued', attempts: 2 },
      {
        clientId: 'c-2',
        body: 'refused',
        queuedAt: NOW,
        state: 'failed',
        error: 'Forbidden',
        refused: true,
        attempts: 0,
      },
    ]);
  });

  it('takes an unsent note back into the draft, above what is being typed, and out of the queue', async () => {
    const store = await load();
    const view = watch(store);
    act(() => {
      store.incidentNotesActions.queue(INCIDENT, 'Refused note.', 'c-1', NOW);
      store.incidentNotesActions.queue(INCIDENT, 'Next note.', 'c-2', NOW);
      store.incidentNotesActions.setDraft(INCIDENT, 'Half typed');
      store.incidentNotesActions.backToDraft(INCIDENT, 'c-1');
    });
    expect(view.current.draft).toBe('Refused note.\n\nHalf typed');
    expect(view.current.pending.map((n) => n.clientId)).toEqual(['c-2']);
  });
});
