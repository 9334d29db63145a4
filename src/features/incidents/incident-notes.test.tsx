import { act, configure, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveFleetOptions } from '../../mocks/demo-defaults';
import { createDemoHandlers } from '../../mocks/demo-handlers';
import { incidentNotesActions, usePendingNotes } from './stores/incident-notes-store';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer, TEST_NOW } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

// Charts are not under test here.
vi.mock('../../ui/charts/lazy-time-series-chart', () => ({ LazyTimeSeriesChart: () => null }));

const server = startDemoServer();
configure({ asyncUtilTimeout: 20_000 });
// Journeys of several steps, on a machine that may be busy.
vi.setConfig({ testTimeout: 60_000 });

const INCIDENT = 'INC-2057';
const NOTES_ROUTE = `*/__demo/api/operations/incidents/${INCIDENT}/notes`;
let demo: HttpHandler[] = [];

beforeEach(() => {
  preferencesActions.setRole('sre');
  // A fresh demo backend per test, whose handlers a test can call to save a note for real.
  demo = createDemoHandlers(resolveFleetOptions({ now: TEST_NOW }));
  server.resetHandlers(...demo);
});

afterEach(() => {
  // The notes store lives in memory as well as in localStorage: empty it for the next test.
  const { result, unmount } = renderHook(() => usePendingNotes(INCIDENT));
  for (const note of result.current) incidentNotesActions.confirm(INCIDENT, note.clientId);
  incidentNotesActions.setDraft(INCIDENT, '');
  unmount();
});

interface Received {
  body: string;
  clientId: string;
}

/** Records what the backend received, then lets `answer` decide (by default the demo answers). */
function recordNotes(answer?: (request: Request, call: number) => Promise<Response | undefined>): Received[] {
  const received: Received[] = [];
  server.use(
    http.post(NOTES_ROUTE, async ({ request }) => {
      const note = (await request.clone().json()) as Received;
      received.push({ body: note.body, clientId: note.clientId });
      return (await answer?.(request, received.length)) ?? getResponse(demo, request);
    }),
  );
  return received;
}

const noteBox = (): HTMLElement => screen.getByRole('textbox', { name: 'Add a note' });
const notesList = (): HTMLElement => screen.getByRole('list', { name: 'Notes, newest first' });
const shownNotes = (text: string): HTMLElement[] => within(notesList()).queryAllByText(text);

async function openIncident(): Promise<void> {
  renderApp(`/incidents/${INCIDENT}`);
  await screen.findByText('Now: Investigating');
}

async function savedOnServer(text: string): Promise<number> {
  const response = await fetch(`${location.origin}/__demo/api/operations/incidents/${INCIDENT}`);
  const incident = (await response.json()) as { notes: { body: string }[] };
  return incident.notes.filter((n) => n.body === text).length;
}

async function write(text: string): Promise<void> {
  await userEvent.type(noteBox(), text);
  await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
}

describe('incident notes: nothing typed is lost', () => {
  it('keeps a note whose save failed on screen, says why, retries, and saves it once when Retry succeeds', async () => {
    let failing = true;
    const received = recordNotes(() =>
      Promise.resolve(
        failing
          ? HttpResponse.json(
              { error: { code: 'INTERNAL', message: 'the database is on fire' } },
              { status: 500 },
            )
          : undefined,
      ),
    );
    await openIncident();
    await write('Compaction is done; watching p95.');

    const failed = (await within(notesList()).findByRole('alert')).closest('li')!;
    expect(failed).toHaveTextContent('Compaction is done; watching p95.');
    expect(failed).toHaveTextContent('SRE · not saved');
    expect(failed).toHaveTextContent(
      'Not saved: Demo answered 500 to POST /operations/incidents/INC-2057/notes: the database is on fire',
    );
    // The draft box is free for the next note; the failed one is not lost.
    expect(noteBox()).toHaveValue('');
    // It is retried once by itself after a second…
    await waitFor(() => expect(received).toHaveLength(2));
    expect(await within(notesList()).findByRole('button', { name: 'Retry now' })).toBeInTheDocument();

    // …and the user's Retry sends it again, with the same clientId, once the backend is back.
    failing = false;
    await userEvent.click(within(notesList()).getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(within(notesList()).queryByRole('alert')).not.toBeInTheDocument());
    await waitFor(() => expect(shownNotes('Compaction is done; watching p95.')).toHaveLength(1));
    expect(within(notesList()).queryByText(/not saved|saving/)).not.toBeInTheDocument();
    expect(new Set(received.map((r) => r.clientId)).size).toBe(1);
    expect(await savedOnServer('Compaction is done; watching p95.')).toBe(1);
  });

  it('does not duplicate a note whose save arrived but whose answer was lost: the retry carries the same clientId', async () => {
    const received = recordNotes(async (request, call) => {
      if (call > 1) return undefined;
      await getResponse(demo, request); // Saved by the backend…
      return HttpResponse.error(); // …but the answer never reaches the browser.
    });
    await openIncident();
    await write('Shard 7 compaction finished.');

    await waitFor(() => expect(received).toHaveLength(2));
    expect(received[1]).toEqual(received[0]);
    await waitFor(() => expect(shownNotes('Shard 7 compaction finished.')).toHaveLength(1));
    await waitFor(() => expect(within(notesList()).queryByText(/not saved|saving/)).not.toBeInTheDocument());
    expect(await savedOnServer('Shard 7 compaction finished.')).toBe(1);
  });

  it('sends two notes saved quickly in the order written, one after the other, and shows each once', async () => {
    const events: string[] = [];
    const received = recordNotes(async (request, call) => {
      const body = ((await request.clone().json()) as Received).body;
      events.push(`received ${body}`);
      // The first save is slow: a second note must still wait for it.
      if (call === 1) await delay(400);
      const response = await getResponse(demo, request);
      events.push(`answered ${body}`);
      return response;
    });
    await openIncident();
    await write('first: bursts every 15 min');
    await write('second: compaction schedule matches');

    await waitFor(() => expect(received).toHaveLength(2));
    expect(received.map((r) => r.body)).toEqual([
      'first: bursts every 15 min',
      'second: compaction schedule matches',
    ]);
    await waitFor(() => expect(events).toHaveLength(4));
    expect(events).toEqual([
      'received first: bursts every 15 min',
      'answered first: bursts every 15 min',
      'received second: compaction schedule matches',
      'answered second: compaction schedule matches',
    ]);
    await waitFor(() =>
      expect(within(notesList()).queryByText(/saving|waiting to save/)).not.toBeInTheDocument(),
    );
    // Newest first on screen: the second above the first, each once.
    const bodies = within(notesList())
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.note__body')?.textContent);
    expect(bodies.slice(0, 2)).toEqual(['second: compaction schedule matches', 'first: bursts every 15 min']);
    expect(shownNotes('first: bursts every 15 min')).toHaveLength(1);
  });

  it('keeps a draft across a reload of the page', async () => {
    const first = renderApp(`/incidents/${INCIDENT}`);
    await screen.findByText('Now: Investigating');
    await userEvent.type(noteBox(), 'Half a thought about the index');
    // What a reload reads back: the draft is in the browser's storage…
    expect(localStorage.getItem('sightline.incident-notes')).toContain('Half a thought about the index');
    first.unmount();

    // …and the page, opened again, shows it.
    await openIncident();
    expect(noteBox()).toHaveValue('Half a thought about the index');
  });

  it('sends a note that could not be saved before the page closed when the page opens again', async () => {
    let failing = true;
    const received = recordNotes(() => Promise.resolve(failing ? HttpResponse.error() : undefined));
    const first = renderApp(`/incidents/${INCIDENT}`);
    await screen.findByText('Now: Investigating');
    await write('Written on a flaky train connection.');
    await within(notesList()).findByRole('alert');
    expect(localStorage.getItem('sightline.incident-notes')).toContain(
      'Written on a flaky train connection.',
    );
    first.unmount();

    failing = false;
    await openIncident();
    await waitFor(() => expect(shownNotes('Written on a flaky train connection.')).toHaveLength(1));
    await waitFor(() => expect(within(notesList()).queryByRole('alert')).not.toBeInTheDocument());
    expect(new Set(received.map((r) => r.clientId)).size).toBe(1);
    expect(await savedOnServer('Written on a flaky train connection.')).toBe(1);
  });
});

describe('a note the backend refuses', () => {
  it('is not retried by itself, can go back to the draft box, and lets the notes after it go', async () => {
    const received = recordNotes((_request, call) =>
      Promise.resolve(
        call === 1
          ? HttpResponse.json(
              { error: { code: 'FORBIDDEN', message: 'Your token may read incidents, not write them.' } },
              { status: 403 },
            )
          : undefined,
      ),
    );
    await openIncident();
    await write('Rolled the feature flag back.');
    const refused = (await within(notesList()).findByRole('alert')).closest('li')!;
    expect(refused).toHaveTextContent('Your token may read incidents, not write them.');
    expect(refused).toHaveTextContent('Trying again will not help until that is fixed');

    await write('Latency back to baseline.');
    // Longer than the first automatic retry of a failure that may pass (1 s): nothing is resent.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(received.map((r) => r.body)).toEqual(['Rolled the feature flag back.']);
    expect(within(notesList()).getByText('Latency back to baseline.').closest('li')).toHaveTextContent(
      'waiting for the earlier note to save',
    );

    await userEvent.click(within(refused).getByRole('button', { name: 'Back to draft' }));
    expect(noteBox()).toHaveValue('Rolled the feature flag back.');
    await waitFor(() => expect(received.map((r) => r.body)).toContain('Latency back to baseline.'));
    expect(await savedOnServer('Latency back to baseline.')).toBe(1);
    expect(shownNotes('Rolled the feature flag back.')).toHaveLength(0);
  });
});

describe('incident notes and status by role', () => {
  it('lets a product manager read the notes and status, and says who writes them', async () => {
    preferencesActions.setRole('product-manager');
    renderApp(`/incidents/${INCIDENT}`);
    expect(await screen.findByText('Now: Investigating. The status is moved by: SRE.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Notes are written by: Data scientist, Data engineer, or SRE. Switch role in the header to add one.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Add a note' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark mitigated' })).not.toBeInTheDocument();
    expect(within(notesList()).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('lets a data scientist add a note but leaves the status to the SRE', async () => {
    preferencesActions.setRole('data-scientist');
    renderApp(`/incidents/${INCIDENT}`);
    await screen.findByText(/Now: Investigating\. The status is moved by: SRE\./);
    await write('Drift on query_length started an hour before the alert.');
    await waitFor(() =>
      expect(shownNotes('Drift on query_length started an hour before the alert.')).toHaveLength(1),
    );
    expect(await savedOnServer('Drift on query_length started an hour before the alert.')).toBe(1);
  });

  it('still delivers a note that failed before the role switched to one that may not write', async () => {
    let failing = true;
    const received = recordNotes(() => Promise.resolve(failing ? HttpResponse.error() : undefined));
    await openIncident();
    await write('Queue depth back to normal.');
    await within(notesList()).findByRole('alert');

    act(() => preferencesActions.setRole('stakeholder'));
    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'Add a note' })).not.toBeInTheDocument(),
    );
    expect(shownNotes('Queue depth back to normal.')).toHaveLength(1);

    failing = false;
    await userEvent.click(await within(notesList()).findByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(within(notesList()).queryByRole('alert')).not.toBeInTheDocument());
    expect(new Set(received.map((r) => r.clientId)).size).toBe(1);
    expect(await savedOnServer('Queue depth back to normal.')).toBe(1);
  });
});
