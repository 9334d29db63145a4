import { useId, type ReactNode } from 'react';
import type { IncidentNote } from '../../domain/incident';
import type { Permission } from '../../domain/role';
import { useClock } from '../../lib/use-now';
import { formatDateTime } from '../../ui/format';
import { incidentNotesActions, useNoteDraft, type PendingNote } from './stores/incident-notes-store';
import { useNoteSender } from './use-note-sender';

export interface IncidentNotesProps {
  incidentId: string;
  notes: IncidentNote[];
  author: string;
  /** Whether the role may write notes. The notes show either way, and a queued note is still sent. */
  permission: Permission;
}

/**
 * Notes on an incident. What is typed survives a reload (the draft is kept in
 * the browser); a note that fails to save stays on screen, says why, and is
 * retried; notes written quickly arrive in the order written.
 */
export function IncidentNotes({ incidentId, notes, author, permission }: IncidentNotesProps): ReactNode {
  const pending = useNoteSender(incidentId, author);
  const written = notes.filter((n) => n.body.trim());
  return (
    <div className="stack">
      {permission.allowed ? (
        <NoteForm incidentId={incidentId} />
      ) : (
        <p className="muted">Notes are written by: {permission.who}. Switch role in the header to add one.</p>
      )}
      <ul className="list-plain note-list" aria-label="Notes, newest first">
        {[...pending].reverse().map((p) => (
          <PendingNoteItem
            key={p.clientId}
            incidentId={incidentId}
            note={p}
            author={author}
            canEdit={permission.allowed}
            waitsForEarlier={p !== pending[0] && pending[0]?.state === 'failed'}
          />
        ))}
        {[...written].reverse().map((n) => (
          <li key={n.id} className="note">
            <div className="muted">
              {n.author} ·{' '}
              <time dateTime={new Date(n.createdAt).toISOString()}>{formatDateTime(n.createdAt)}</time>
            </div>
            <div className="note__body">{n.body}</div>
          </li>
        ))}
        {written.length === 0 && pending.length === 0 && <li className="muted">No notes yet.</li>}
      </ul>
    </div>
  );
}

/** The draft box: kept in the browser per incident, so a reload or a role switch loses nothing. */
function NoteForm({ incidentId }: { incidentId: string }): ReactNode {
  const draft = useNoteDraft(incidentId);
  const clock = useClock();
  const inputId = useId();
  return (
    <form
      className="stack"
      style={{ gap: 8 }}
      onSubmit={(event) => {
        event.preventDefault();
        if (!draft.trim()) return;
        incidentNotesActions.queue(incidentId, draft.trim(), crypto.randomUUID(), clock.now());
      }}
    >
      <label className="field" htmlFor={inputId}>
        <span>Add a note</span>
      </label>
      <textarea
        id={inputId}
        className="input"
        placeholder="What you see, what you tried, what's next"
        value={draft}
        onChange={(event) => incidentNotesActions.setDraft(incidentId, event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey))
            event.currentTarget.form?.requestSubmit();
        }}
      />
      <div className="row">
        <button type="submit" className="button button--primary" disabled={!draft.trim()}>
          Save note
        </button>
        <span className="muted">Ctrl+Enter saves. Drafts are kept if you reload.</span>
      </div>
    </form>
  );
}

function PendingNoteItem({
  incidentId,
  note,
  author,
  canEdit,
  waitsForEarlier,
}: {
  incidentId: string;
  note: PendingNote;
  author: string;
  /** Queued behind a note that failed: notes arrive in the order written. */
  waitsForEarlier: boolean;
  /** Whether the draft box is there to take the note back. */
  canEdit: boolean;
}): ReactNode {
  const failed = note.state === 'failed';
  return (
    <li className={`note note--pending ${failed ? 'note--failed' : ''}`}>
      <div className="muted">
        {author} ·{' '}
        {failed
          ? 'not saved'
          : note.state === 'sending'
            ? 'saving…'
            : waitsForEarlier
              ? 'waiting for the earlier note to save'
              : 'waiting to save'}
      </div>
      <div className="note__body">{note.body}</div>
      {failed && (
        <div role="alert" className="row" style={{ marginTop: 4 }}>
          <span className="field-error">
            Not saved: {note.error}
            {note.refused && ' Trying again will not help until that is fixed; take it back to change it.'}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => incidentNotesActions.retry(incidentId, note.clientId)}
          >
            Retry now
          </button>
          {canEdit && (
            <button
              type="button"
              className="button button--small"
              onClick={() => incidentNotesActions.backToDraft(incidentId, note.clientId)}
            >
              Back to draft
            </button>
          )}
        </div>
      )}
    </li>
  );
}
